/*
 * The video coaching cycle wizard's checks, the same rules as the domain's VideoCoachingCycleForm (FieldValidator):
 * required fields, limits and dates through the shared wizard-validation.js, then user names, the time, the focus,
 * rubric codes, clip ranges (mm:ss-mm:ss) with their reasons, the stock clip and the order of the dates. Each problem
 * names its field, the FormMessage (the suffix of its coaching.form.error.* key) and the message's arguments after
 * the field's label, as the server's FieldError does. The server checks everything again; this spares the user a
 * round trip. No browser API is used, so node's test runner can load it.
 */
(function (root) {
    'use strict';

    var shared = typeof module !== 'undefined' && module.exports
        ? require('../common/wizard-validation.js')
        : root.CoachingBlueprints.wizardValidation;

    // Limits as in FormField. Dates and the time have a format instead, which the server checks before any length.
    var FIELDS = [
        {name: 'teacher', required: true, maxLength: 255, user: true},
        {name: 'coach', required: true, maxLength: 255, user: true},
        {name: 'meetingDate', required: true, format: 'date'},
        {name: 'meetingTime', required: true},
        {name: 'focus', required: true, maxLength: 1000},
        {name: 'rubricCodes', required: false, maxLength: 400},
        {name: 'clip1', required: false, maxLength: 40},
        {name: 'clip1Reason', required: false, maxLength: 1000},
        {name: 'clip2', required: false, maxLength: 40},
        {name: 'clip2Reason', required: false, maxLength: 1000},
        {name: 'stockClip', required: false, maxLength: 500},
        {name: 'nextConversationDate', required: false, format: 'date'}
    ];
    var MAX_RUBRIC_CODES = 20;
    var MAX_RUBRIC_CODE_LENGTH = 20;
    var MAX_ECHOED_LENGTH = 40;

    var TIME = /^([0-9]{1,2}):([0-9]{2})$/;
    var CLIP_TIMESTAMP = /^([0-9]{1,3}):([0-9]{2})$/;
    // Hyphen, en dash or em dash; spaces around it as Java's \s (ASCII whitespace).
    var CLIP_DASH = /[ \t\n\x0B\f\r]*[-\u2013\u2014][ \t\n\x0B\f\r]*/;
    var RUBRIC_CODE = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;
    var RUBRIC_CODE_SEPARATORS = /[,; \t\n\x0B\f\r]+/;

    function codePoints(text) {
        return Array.from(text);
    }

    function isControl(codePoint) {
        return codePoint <= 0x1F || (codePoint >= 0x7F && codePoint <= 0x9F);
    }

    function isNeverAllowed(codePoint) {
        return (codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint === 0xFFFE || codePoint === 0xFFFF;
    }

    function isLineBreak(codePoint) {
        return codePoint === 0x0A || codePoint === 0x0D || codePoint === 0x2028 || codePoint === 0x2029;
    }

    /** Java's Character.isWhitespace or isSpaceChar: what UserReference refuses in a user name. */
    function isUserForbidden(codePoint) {
        // Control characters cover Java's other whitespace (tab, line breaks, U+001C to U+001F).
        return /[\p{Zs}\p{Zl}\p{Zp}]/u.test(String.fromCodePoint(codePoint)) || isControl(codePoint)
            || isNeverAllowed(codePoint);
    }

    /** A value repeated in a message: invisible characters shown as U+FFFD, cut after 39 characters. */
    function echo(value) {
        var printable = codePoints(value).map(function (character) {
            var codePoint = character.codePointAt(0);
            return isControl(codePoint) || isNeverAllowed(codePoint) ? '\uFFFD' : character;
        });
        return printable.length <= MAX_ECHOED_LENGTH ? printable.join('')
            : printable.slice(0, MAX_ECHOED_LENGTH - 1).join('') + '\u2026';
    }

    function hex(codePoint) {
        var digits = codePoint.toString(16).toUpperCase();
        while (digits.length < 4) {
            digits = '0' + digits;
        }
        return 'U+' + digits;
    }

    function raw(values, name) {
        return values && values[name] != null ? String(values[name]) : '';
    }

    /** The first character a text may not hold: line breaks (unless multiLine), tabs (idem) and control characters. */
    function characterProblem(text, multiLine) {
        var characters = codePoints(text);
        for (var index = 0; index < characters.length; index++) {
            var codePoint = characters[index].codePointAt(0);
            var lineBreak = isLineBreak(codePoint);
            var allowedWhitespace = multiLine && (lineBreak || codePoint === 0x09);
            if (!allowedWhitespace && (lineBreak || isControl(codePoint) || isNeverAllowed(codePoint))) {
                return lineBreak ? {problem: 'line-break', args: [String(index + 1)]}
                    : {problem: 'control-character', args: [hex(codePoint), String(index + 1)]};
            }
        }
        return null;
    }

    function parseTime(value) {
        var time = TIME.exec(value);
        if (time && Number(time[1]) <= 23 && Number(time[2]) <= 59) {
            return null;
        }
        return {problem: 'time-format', args: [echo(value)]};
    }

    function parseTimestamp(timestamp) {
        var parts = CLIP_TIMESTAMP.exec(timestamp);
        if (!parts) {
            return {problem: 'clip-timestamp', args: [echo(timestamp)]};
        }
        if (Number(parts[2]) > 59) {
            return {problem: 'clip-seconds', args: [timestamp, parts[2]]};
        }
        return {seconds: Number(parts[1]) * 60 + Number(parts[2])};
    }

    function parseClip(value) {
        var ends = value.split(CLIP_DASH);
        if (ends.length !== 2 || ends[0] === '' || ends[1] === '') {
            return {problem: 'clip-format', args: [echo(value)]};
        }
        var start = parseTimestamp(ends[0]);
        if (start.problem) {
            return start;
        }
        var end = parseTimestamp(ends[1]);
        if (end.problem) {
            return end;
        }
        if (start.seconds === end.seconds) {
            return {problem: 'clip-empty', args: [ends[0]]};
        }
        if (start.seconds > end.seconds) {
            return {problem: 'clip-reversed', args: [ends[0], ends[1]]};
        }
        return null;
    }

    function parseRubricCodes(value) {
        var seen = {};
        var count = 0;
        var codes = value.split(RUBRIC_CODE_SEPARATORS);
        for (var index = 0; index < codes.length; index++) {
            var code = codes[index];
            if (code === '') {
                continue;
            }
            if (codePoints(code).length > MAX_RUBRIC_CODE_LENGTH || !RUBRIC_CODE.test(code)) {
                return {problem: 'rubric-code', args: [echo(code), String(MAX_RUBRIC_CODE_LENGTH)]};
            }
            var key = code.toLowerCase();
            if (!seen[key]) {
                seen[key] = true;
                count++;
            }
        }
        if (count > MAX_RUBRIC_CODES) {
            return {problem: 'rubric-codes-too-many', args: [String(count), String(MAX_RUBRIC_CODES)]};
        }
        return null;
    }

    /** The message arguments after the label for a problem the shared checks found, as the server words them. */
    function sharedArguments(found) {
        switch (found.problem) {
            case 'too-long': return [String(found.length), String(found.maxLength)];
            case 'date-format': return [echo(found.value)];
            case 'date-invalid': return [found.value];
            case 'date-out-of-range': return [found.value, String(shared.MIN_YEAR), String(shared.MAX_YEAR)];
            case 'one-user': return [String(found.count)];
            default: return [];
        }
    }

    /**
     * @param values map of field name to the value typed (missing or null counts as empty)
     * @returns [{name, problem, args}] in field order, at most one per field, empty when all is well; problem is
     *          the FormMessage ('required', 'too-long', 'date-format', 'clip-reversed' …), args follow the label
     */
    function check(values) {
        var problems = {};
        shared.check(values, FIELDS).forEach(function (found) {
            problems[found.name] = {problem: found.problem, args: sharedArguments(found)};
        });
        function value(name) {
            return raw(values, name).trim();
        }
        function given(name) {
            return value(name) !== '' && !problems[name];
        }
        function report(name, problem) {
            if (problem && problem.problem && !problems[name]) {
                problems[name] = {problem: problem.problem, args: problem.args};
            }
        }

        ['teacher', 'coach'].forEach(function (name) {
            if (given(name) && codePoints(value(name)).some(function (c) { return isUserForbidden(c.codePointAt(0)); })) {
                report(name, {problem: 'user', args: [echo(value(name))]});
            }
        });
        var dates = {};
        ['meetingDate', 'nextConversationDate'].forEach(function (name) {
            if (given(name)) {
                dates[name] = value(name);
            }
        });
        if (given('meetingTime')) {
            report('meetingTime', parseTime(value('meetingTime')));
        }
        ['focus', 'clip1Reason', 'clip2Reason'].forEach(function (name) {
            if (given(name)) {
                report(name, characterProblem(value(name).replace(/\r\n/g, '\n').replace(/\r/g, '\n'), true));
            }
        });
        if (given('stockClip')) {
            report('stockClip', characterProblem(value('stockClip'), false));
        }
        if (given('rubricCodes')) {
            report('rubricCodes', parseRubricCodes(value('rubricCodes')));
        }
        [['clip1', 'clip1Reason'], ['clip2', 'clip2Reason']].forEach(function (pair) {
            if (given(pair[0])) {
                report(pair[0], parseClip(value(pair[0])));
            }
            var rangeGiven = value(pair[0]) !== '';
            var reasonGiven = value(pair[1]) !== '';
            if (rangeGiven && !reasonGiven) {
                report(pair[1], {problem: 'clip-reason-required', args: []});
            } else if (reasonGiven && !rangeGiven) {
                report(pair[0], {problem: 'clip-missing', args: []});
            }
        });
        if (given('teacher') && given('coach') && value('teacher').toLowerCase() === value('coach').toLowerCase()) {
            report('coach', {problem: 'same-as-teacher', args: []});
        }
        // ISO dates compare as text.
        if (dates.meetingDate && dates.nextConversationDate && dates.nextConversationDate <= dates.meetingDate) {
            report('nextConversationDate', {problem: 'date-not-after-meeting', args: [dates.meetingDate]});
        }

        return FIELDS.filter(function (field) { return problems[field.name]; }).map(function (field) {
            return {name: field.name, problem: problems[field.name].problem, args: problems[field.name].args};
        });
    }

    var api = {check: check, fields: FIELDS.map(function (field) { return field.name; })};
    if (typeof module !== 'undefined' && module.exports) {
        module.exports = api;
    } else {
        root.CoachingBlueprints = root.CoachingBlueprints || {};
        root.CoachingBlueprints.videoCoachingCycleValidation = api;
    }
}(this));
