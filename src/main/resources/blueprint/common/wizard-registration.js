/*
 * What every blueprint wizard does with its dialog page: it shows earlier input again when the user comes back to the
 * page, and checks the page before the create dialog submits it, writing each problem's message (the server's wording)
 * into its field's div.error. User fields need nothing from here: the create dialog's wizard binds Confluence's user
 * picker (Confluence.Binder.autocompleteMultiUser) to every input.autocomplete-multiuser of a page it renders, before
 * the page's post-render hook runs.
 * A type's wizard.js only configures it. Needs wizard-validation.js loaded first. The host's objects (AJS,
 * Confluence) are read only when a hook runs, so node's test runner can load this file with stand-ins.
 */
(function (root) {
    'use strict';

    var validation = typeof module !== 'undefined' && module.exports
        ? require('./wizard-validation.js')
        : root.CoachingBlueprints.wizardValidation;

    // The problems the shared checks report. One literal key per message: the jsI18n transformer resolves only those.
    var SHARED_MESSAGES = {
        'required': function (label) {
            return AJS.I18n.getText('coaching.form.error.required', label);
        },
        'too-long': function (label, problem) {
            return AJS.I18n.getText('coaching.form.error.too-long', label, String(problem.length),
                String(problem.maxLength));
        },
        'date-format': function (label, problem) {
            return AJS.I18n.getText('coaching.form.error.date-format', label, problem.value);
        },
        'date-invalid': function (label, problem) {
            return AJS.I18n.getText('coaching.form.error.date-invalid', label, problem.value);
        },
        'date-out-of-range': function (label, problem) {
            return AJS.I18n.getText('coaching.form.error.date-out-of-range', label, problem.value,
                String(validation.MIN_YEAR), String(validation.MAX_YEAR));
        },
        'choice': function (label, problem, field) {
            return AJS.I18n.getText('coaching.form.error.choice', label, problem.value, field.choices.join(', '));
        },
        'one-user': function (label, problem) {
            return AJS.I18n.getText('coaching.form.error.one-user', label, String(problem.count));
        }
    };

    function fieldNamed(fields, name) {
        var found = fields.filter(function (field) { return field.name === name; })[0];
        if (!found) {
            throw new Error('The wizard has no field ' + name);
        }
        return found;
    }

    function problemsOf(wizard, values) {
        if (wizard.check) {
            return wizard.check(values);
        }
        var problems = validation.check(values, wizard.fields);
        return wizard.extraChecks ? problems.concat(wizard.extraChecks(values || {}, problems)) : problems;
    }

    function messageOf(wizard, problem) {
        var field = fieldNamed(wizard.fields, problem.name);
        var format = (wizard.messages && wizard.messages[problem.problem]) || SHARED_MESSAGES[problem.problem];
        if (!format) {
            throw new Error('No message for the wizard problem ' + problem.problem);
        }
        return format(field.label, problem, field);
    }

    /**
     * What the page shows for the values typed: [{name, message}] in the order the checks found the problems,
     * empty when the page may be submitted.
     */
    function messagesFor(wizard, values) {
        return problemsOf(wizard, values).map(function (problem) {
            return {name: problem.name, message: messageOf(wizard, problem)};
        });
    }

    /** The handlers registerWizard puts on the dialog page's pre-render and submit events. */
    function hooks(wizard) {
        return {
            preRender: function (e, state) {
                var before = state.wizardData && state.wizardData.pages && state.wizardData.pages[wizard.pageId];
                if (before) {
                    AJS.$.extend(state.soyRenderContext, before);
                }
            },
            submit: function (e, state) {
                var shown = messagesFor(wizard, state.pageData);
                var $container = state.$container;
                $container.find('.error').text('');
                $container.find('[aria-invalid]').removeAttr('aria-invalid');
                if (shown.length === 0) {
                    return true;
                }
                shown.forEach(function (item) {
                    var $field = $container.find('[name="' + item.name + '"]');
                    // Assistive technology says the field is invalid; aria-describedby already names its message.
                    $field.attr('aria-invalid', 'true');
                    // text(), not html(): a message may repeat what the user typed.
                    $field.closest('.field-group').find('.error').first().text(item.message);
                });
                $container.find('[name="' + shown[0].name + '"]').focus();
                return false;
            }
        };
    }

    /**
     * @param wizard {webItemKey: the create-dialog web-item's complete key, pageId: the dialog-page id,
     *   fields: [{name, label, and the rules of wizard-validation.js}] in the order the page shows them,
     *   extraChecks: function (values, fieldProblems) → more problems (optional; rules across fields),
     *   check: function (values) → problems (optional; replaces the shared checks of fields and extraChecks),
     *   messages: {problem id: function (label, problem, field) → text} (optional; for problems the shared checks
     *   do not report, or worded from other arguments)}
     */
    function registerWizard(wizard) {
        var on = hooks(wizard);
        Confluence.Blueprint.setWizard(wizard.webItemKey, function (dialogWizard) {
            dialogWizard.on('pre-render.' + wizard.pageId, on.preRender);
            dialogWizard.on('submit.' + wizard.pageId, on.submit);
        });
    }

    var api = {registerWizard: registerWizard, messagesFor: messagesFor};
    if (typeof module !== 'undefined' && module.exports) {
        module.exports = api;
    } else {
        root.CoachingBlueprints = root.CoachingBlueprints || {};
        root.CoachingBlueprints.wizardRegistration = api;
    }
}(this));
