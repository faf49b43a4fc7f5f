/*
 * Checks of blueprint wizard fields that mirror the domain forms (FieldValidator): a required field must not be
 * blank after trimming, and no field may be longer than its limit, counted in characters (code points) as the
 * server counts them. The server checks everything again; this only spares the user a round trip.
 * Shared by every wizard; no browser API is used, so node's test runner can load it.
 */
(function (root) {
    'use strict';

    function length(text) {
        return Array.from(text).length;
    }

    /**
     * @param values map of field name to the value typed (missing or null counts as empty)
     * @param fields [{name, required, maxLength}] in the order the wizard shows them
     * @returns [{name, problem: 'required' | 'too-long', length, maxLength}] in field order, empty when all is well
     */
    function check(values, fields) {
        var problems = [];
        fields.forEach(function (field) {
            var raw = values && values[field.name] != null ? String(values[field.name]) : '';
            var value = raw.trim();
            if (value === '') {
                if (field.required) {
                    problems.push({name: field.name, problem: 'required'});
                }
                return;
            }
            if (field.maxLength && length(value) > field.maxLength) {
                problems.push({name: field.name, problem: 'too-long', length: length(value), maxLength: field.maxLength});
            }
        });
        return problems;
    }

    var api = {check: check};
    if (typeof module !== 'undefined' && module.exports) {
        module.exports = api;
    } else {
        root.CoachingBlueprints = root.CoachingBlueprints || {};
        root.CoachingBlueprints.wizardValidation = api;
    }
}(this));
