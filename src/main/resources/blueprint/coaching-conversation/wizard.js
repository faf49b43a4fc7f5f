/*
 * The coaching-conversation wizard (seed 002): its page and fields; blueprint/common/wizard-registration.js checks the
 * page before the create dialog submits it. Maven fills in the plugin key when it copies this file.
 */
(function () {
    'use strict';

    CoachingBlueprints.wizardRegistration.registerWizard({
        webItemKey: '${atlassian.plugin.key}:coaching-coaching-conversation-create-item',
        pageId: 'coachingConversationPage',
        // Limits as in FormField (the domain form checks them again on the server).
        fields: [
            {name: 'teacher', required: true, maxLength: 255, user: true, label: AJS.I18n.getText('coaching.form.field.teacher')},
            {name: 'coach', required: true, maxLength: 255, user: true, label: AJS.I18n.getText('coaching.form.field.coach')},
            {name: 'conversationDate', required: true, maxLength: 10, label: AJS.I18n.getText('coaching.form.field.conversation-date')},
            {name: 'entryPoint', required: true, maxLength: 100, label: AJS.I18n.getText('coaching.form.field.entry-point')},
            {name: 'focus', required: false, maxLength: 1000, label: AJS.I18n.getText('coaching.form.field.focus')},
            {name: 'nextConversationDate', required: false, maxLength: 10, label: AJS.I18n.getText('coaching.form.field.next-conversation-date')}
        ]
    });
}());
