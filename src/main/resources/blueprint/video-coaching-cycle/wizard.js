/*
 * The video coaching cycle wizard (seed 004): its page, labels and messages; the rules are in validation.js (the same
 * as the domain's VideoCoachingCycleForm), and blueprint/common/wizard-registration.js checks the page with them
 * before the create dialog submits it. Maven fills in the plugin key when it copies this file.
 */
(function () {
    'use strict';

    function label(name, text) {
        return {name: name, label: text};
    }

    // validation.js words each problem's arguments as the server's FieldError does; a required field has none.
    CoachingBlueprints.wizardRegistration.registerWizard({
        webItemKey: '${atlassian.plugin.key}:coaching-video-coaching-cycle-create-item',
        pageId: 'videoCoachingCyclePage',
        fields: [
            label('teacher', AJS.I18n.getText('coaching.form.field.teacher')),
            label('coach', AJS.I18n.getText('coaching.form.field.coach')),
            label('meetingDate', AJS.I18n.getText('coaching.form.field.meeting-date')),
            label('meetingTime', AJS.I18n.getText('coaching.form.field.meeting-time')),
            label('focus', AJS.I18n.getText('coaching.form.field.focus')),
            label('rubricCodes', AJS.I18n.getText('coaching.form.field.rubric-codes')),
            label('clip1', AJS.I18n.getText('coaching.form.field.clip-1')),
            label('clip1Reason', AJS.I18n.getText('coaching.form.field.clip-1-reason')),
            label('clip2', AJS.I18n.getText('coaching.form.field.clip-2')),
            label('clip2Reason', AJS.I18n.getText('coaching.form.field.clip-2-reason')),
            label('stockClip', AJS.I18n.getText('coaching.form.field.stock-clip')),
            label('nextConversationDate', AJS.I18n.getText('coaching.form.field.next-conversation-date'))
        ],
        check: function (values) {
            return CoachingBlueprints.videoCoachingCycleValidation.check(values);
        },
        messages: {
            'too-long': function (l, p) { return AJS.I18n.getText('coaching.form.error.too-long', l, p.args[0], p.args[1]); },
            'line-break': function (l, p) { return AJS.I18n.getText('coaching.form.error.line-break', l, p.args[0]); },
            'control-character': function (l, p) {
                return AJS.I18n.getText('coaching.form.error.control-character', l, p.args[0], p.args[1]);
            },
            'date-format': function (l, p) { return AJS.I18n.getText('coaching.form.error.date-format', l, p.args[0]); },
            'date-invalid': function (l, p) { return AJS.I18n.getText('coaching.form.error.date-invalid', l, p.args[0]); },
            'date-out-of-range': function (l, p) {
                return AJS.I18n.getText('coaching.form.error.date-out-of-range', l, p.args[0], p.args[1], p.args[2]);
            },
            'time-format': function (l, p) { return AJS.I18n.getText('coaching.form.error.time-format', l, p.args[0]); },
            'user': function (l, p) { return AJS.I18n.getText('coaching.form.error.user', l, p.args[0]); },
            'one-user': function (l, p) { return AJS.I18n.getText('coaching.form.error.one-user', l, p.args[0]); },
            'same-as-teacher': function (l) { return AJS.I18n.getText('coaching.form.error.same-as-teacher', l); },
            'date-not-after-meeting': function (l, p) {
                return AJS.I18n.getText('coaching.form.error.date-not-after-meeting', l, p.args[0]);
            },
            'clip-format': function (l, p) { return AJS.I18n.getText('coaching.form.error.clip-format', l, p.args[0]); },
            'clip-timestamp': function (l, p) { return AJS.I18n.getText('coaching.form.error.clip-timestamp', l, p.args[0]); },
            'clip-seconds': function (l, p) {
                return AJS.I18n.getText('coaching.form.error.clip-seconds', l, p.args[0], p.args[1]);
            },
            'clip-empty': function (l, p) { return AJS.I18n.getText('coaching.form.error.clip-empty', l, p.args[0]); },
            'clip-reversed': function (l, p) {
                return AJS.I18n.getText('coaching.form.error.clip-reversed', l, p.args[0], p.args[1]);
            },
            'clip-reason-required': function (l) { return AJS.I18n.getText('coaching.form.error.clip-reason-required', l); },
            'clip-missing': function (l) { return AJS.I18n.getText('coaching.form.error.clip-missing', l); },
            'rubric-code': function (l, p) {
                return AJS.I18n.getText('coaching.form.error.rubric-code', l, p.args[0], p.args[1]);
            },
            'rubric-codes-too-many': function (l, p) {
                return AJS.I18n.getText('coaching.form.error.rubric-codes-too-many', l, p.args[0], p.args[1]);
            }
        }
    });
}());
