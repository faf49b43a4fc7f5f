/*
 * Checks of blueprint wizard fields that mirror the domain forms (FieldValidator): a required field must not be
 * blank after trimming, and no field may be longer than its limit, counted in characters (code points) as the
 * server counts them; a date field holds a real day written yyyy-MM-dd between the years 1900 and 2100; a choice
 * field holds one of its choices; a user field holds one person (Confluence's user picker joins the user names chosen
 * with commas). The server checks everything again; this only spares the user a round trip.
 * Shared by every wizard; no browser API is used, so node's test runner can load it.
 */
(function (root) {
    'use strict';

    var MIN_YEAR = 1900;
    var MAX_YEAR = 2100;

    function length(text) {
        return Array.from(text).length;
    }

    /** The problem with a date written yyyy-MM-dd, or null; a day that does not exist is refused, as on the server. */
    function dateProblem(value) {
        var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
        if (!parts) {
            return 'date-format';
        }
        var year = Number(parts[1]);
        var month = Number(parts[2]);
        var day = Number(parts[3]);
        var date = new Date(Date.UTC(2000, month - 1, day));
        date.setUTCFullYear(year);
        if (month < 1 || month > 12 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
            return 'date-invalid';
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return 'date-out-of-range';
        }
        return null;
    }

    /**
     * @param values map of field name to the value typed (missing or null counts as empty)
     * @param fields [{name, required, maxLength, format: 'date' (optional), choices: [ids] (optional), user: true
     *               (optional)}] in the order the wizard shows them
     * @returns [{name, problem: 'required' | 'too-long' | 'date-format' | 'date-invalid' | 'date-out-of-range' |
     *           'choice' | 'one-user', length, maxLength, value, count}] in field order, at most one per field, empty
     *           when all is well
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
                return;
            }
            if (field.user) {
                var names = value.split(',').map(function (name) { return name.trim(); })
                    .filter(function (name) { return name !== ''; });
                if (names.length === 0 && field.required) {
                    problems.push({name: field.name, problem: 'required'});
                } else if (names.length > 1) {
                    problems.push({name: field.name, problem: 'one-user', count: names.length});
                }
                return;
            }
            var problem = field.format === 'date' ? dateProblem(value) : null;
            if (!problem && field.choices && field.choices.indexOf(value.toLowerCase()) < 0) {
                problem = 'choice';
            }
            if (problem) {
                problems.push({name: field.name, problem: problem, value: value});
            }
        });
        return problems;
    }

    var api = {check: check, MIN_YEAR: MIN_YEAR, MAX_YEAR: MAX_YEAR};
    if (typeof module !== 'undefined' && module.exports) {
        module.exports = api;
    } else {
        root.CoachingBlueprints = root.CoachingBlueprints || {};
        root.CoachingBlueprints.wizardValidation = api;
    }
}(this));
