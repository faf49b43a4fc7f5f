/*
 * The SPS reflection wizard (seed 000): its page and fields; blueprint/common/wizard-registration.js checks the page
 * before the create dialog submits it. Maven fills in the plugin key when it copies this file.
 */
(function () {
    'use strict';

    CoachingBlueprints.wizardRegistration.registerWizard({
        webItemKey: '${atlassian.plugin.key}:coaching-sps-reflection-create-item',
        pageId: 'spsReflectionPage',
        // Limits as in FormField (the domain form checks them again on the server).
        fields: [
            {name: 'teacher', required: true, maxLength: 255, user: true, label: AJS.I18n.getText('coaching.form.field.teacher')},
            {name: 'surveyPeriod', required: true, maxLength: 100, label: AJS.I18n.getText('coaching.form.field.survey-period')},
            {name: 'school', required: true, maxLength: 200, label: AJS.I18n.getText('coaching.form.field.school')},
            {name: 'district', required: true, maxLength: 200, label: AJS.I18n.getText('coaching.form.field.district')}
        ]
    });
}());
