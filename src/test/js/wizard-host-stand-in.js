// Stand-ins for what a wizard's JavaScript uses from the host: AJS.I18n.getText, AJS.$.extend,
// Confluence.Blueprint.setWizard, the dialog wizard's on(event, handler) and the page's form as the submit hook sees it.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const PROJECT = path.join(__dirname, '../../..');

/** AJS.I18n.getText that shows the key and its arguments, so a test can see which message was chosen. */
function getText(key, ...args) {
    return args.length === 0 ? key : key + '(' + args.join(', ') + ')';
}

/**
 * A host whose setWizard records each registration; dialogWizard(key) hands the registered callback a wizard whose
 * on() records its handlers by event name.
 */
function fakeHost() {
    const registrations = new Map();
    const globals = {
        AJS: {
            I18n: {getText},
            $: {extend: (target, source) => Object.assign(target, source)}
        },
        Confluence: {
            Blueprint: {
                setWizard(key, callback) {
                    if (registrations.has(key)) {
                        throw new Error('Registered twice: ' + key);
                    }
                    registrations.set(key, callback);
                }
            }
        }
    };
    return {
        globals,
        registrations,
        dialogWizard(key) {
            const callback = registrations.get(key);
            if (!callback) {
                throw new Error('No wizard registered for ' + key + '; registered: ' + [...registrations.keys()]);
            }
            const handlers = {};
            callback({on: (event, handler) => { handlers[event] = handler; }});
            return handlers;
        }
    };
}

/**
 * A wizard page with one div.field-group per field name, each with its input and div.error, as the Soy templates
 * write them (every field starting invalid, with a stale message). Supports exactly the jQuery calls the submit hook
 * makes.
 */
function fakePage(fieldNames) {
    const groups = fieldNames.map((name) => ({name, error: 'stale message', invalid: true}));
    const page = {focused: null, errors: () => Object.fromEntries(groups.filter((g) => g.error).map((g) => [g.name, g.error])),
        invalid: () => groups.filter((g) => g.invalid).map((g) => g.name)};

    function selection(nodes) {
        return {
            find(selector) {
                if (selector === '.error') {
                    return selection(nodes.flatMap((node) => (node.kind === 'container' ? groups : [node.group])
                        .map((group) => ({kind: 'error', group}))));
                }
                if (selector === '[aria-invalid]') {
                    return selection(groups.filter((group) => group.invalid).map((group) => ({kind: 'input', group})));
                }
                const named = /^\[name="([^"]*)"\]$/.exec(selector);
                if (!named) {
                    throw new Error('The stand-in does not know the selector ' + selector);
                }
                return selection(groups.filter((group) => group.name === named[1]).map((group) => ({kind: 'input', group})));
            },
            closest(selector) {
                if (selector !== '.field-group') {
                    throw new Error('The stand-in does not know the selector ' + selector);
                }
                return selection(nodes.map((node) => ({kind: 'group', group: node.group})));
            },
            first: () => selection(nodes.slice(0, 1)),
            attr(name, value) {
                if (name !== 'aria-invalid') {
                    throw new Error('The stand-in does not know the attribute ' + name);
                }
                nodes.filter((node) => node.kind === 'input').forEach((node) => { node.group.invalid = value === 'true'; });
                return this;
            },
            removeAttr(name) {
                return this.attr(name, null);
            },
            text(value) {
                nodes.filter((node) => node.kind === 'error').forEach((node) => { node.group.error = value; });
                return this;
            },
            focus() {
                if (nodes.length > 0) {
                    page.focused = nodes[0].group.name;
                }
                return this;
            }
        };
    }

    page.$container = selection([{kind: 'container'}]);
    return page;
}

/**
 * Loads the JavaScript of the web-resource that serves blueprint/<type>/wizard.js, in the order atlassian-plugin.xml
 * lists it (Soy templates left out), into a fresh browser-like global with a fakeHost. Returns the host, the
 * configuration the files passed to registerWizard and the shared messagesFor.
 */
function loadWizardResources(type) {
    const descriptor = fs.readFileSync(path.join(PROJECT, 'atlassian-plugin.xml'), 'utf8');
    const wizardFile = 'blueprint/' + type + '/wizard.js';
    const webResource = [...descriptor.matchAll(/<web-resource\b[\s\S]*?<\/web-resource>/g)]
        .map((match) => match[0]).find((text) => text.includes('location="' + wizardFile + '"'));
    if (!webResource) {
        throw new Error('No web-resource serves ' + wizardFile);
    }
    const scripts = [...webResource.matchAll(/<resource\b[^>]*\blocation="([^"]+\.js)"/g)].map((match) => match[1]);
    const host = fakeHost();
    const context = vm.createContext(Object.assign({}, host.globals));
    const wizards = [];
    for (const script of scripts) {
        const file = path.join(PROJECT, 'src/main/resources', script);
        vm.runInContext(fs.readFileSync(file, 'utf8'), context, {filename: file});
        const registration = context.CoachingBlueprints && context.CoachingBlueprints.wizardRegistration;
        if (registration && !registration.recording) {
            const register = registration.registerWizard;
            registration.registerWizard = (wizard) => { wizards.push(wizard); register(wizard); };
            registration.recording = true;
        }
    }
    if (wizards.length !== 1) {
        throw new Error(scripts.join(', ') + ' registered ' + wizards.length + ' wizards, not one');
    }
    const messagesFor = context.CoachingBlueprints.wizardRegistration.messagesFor;
    return {
        host,
        scripts,
        wizard: wizards[0],
        // Copied out of the other global, whose arrays deepStrictEqual would not take for this one's.
        messagesFor: (wizard, values) => JSON.parse(JSON.stringify(messagesFor(wizard, values)))
    };
}

module.exports = {getText, fakeHost, fakePage, loadWizardResources};
