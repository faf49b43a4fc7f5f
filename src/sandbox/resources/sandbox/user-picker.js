/*
 * Sandbox only, never packaged: a stand-in for Confluence.Binder.autocompleteMultiUser, the binder that Confluence's
 * create dialog runs on every blueprint wizard page it renders. Same markup in, same value out: each
 * input.autocomplete-multiuser becomes a user picker that, from two characters typed on, asks
 * <context>/rest/prototype/1/search/user.json?max-results=6&query=… (as Confluence's binder does) and keeps the chosen
 * users' names in the input, joined by commas, which is what the form then submits. The original input is hidden, as
 * select2 hides it. Suggestions and chosen users are built as text nodes, never as markup.
 * Keys: arrow down/up move through the suggestions, Enter picks one, Escape closes the list, Backspace in an empty
 * search box removes the last chosen user.
 */
(function () {
    'use strict';

    var MIN_INPUT_LENGTH = 2;
    var MAX_RESULTS = 6;
    var QUIET_MILLIS = 300;
    var script = document.currentScript;
    var contextPath = script ? new URL(script.src).pathname.replace(/\/sandbox\/static\/[^/]*$/, '') : '';
    var pickers = 0;

    function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text != null) {
            node.textContent = text;
        }
        return node;
    }

    function search(term) {
        var url = contextPath + '/rest/prototype/1/search/user.json?max-results=' + MAX_RESULTS + '&query='
            + encodeURIComponent(term);
        return fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('The user search answered ' + response.status);
                }
                return response.json();
            })
            .then(function (data) {
                // The fields Confluence's binder reads from each result.
                return data.result.map(function (user) {
                    return {id: user.username, text: user.title, imgSrc: user.thumbnailLink.href};
                });
            });
    }

    function labelOf(input) {
        var label = input.id ? document.querySelector('label[for="' + CSS.escape(input.id) + '"]') : null;
        return label && label.firstChild ? label.firstChild.textContent.trim() : input.name;
    }

    function bindOne(input) {
        var listId = 'sandbox-user-picker-results-' + (++pickers);
        var chosen = [];
        var results = [];
        var highlighted = -1;
        var timer = null;
        var asked = 0;

        input.setAttribute('data-autocomplete-bound', 'true');
        input.style.display = 'none';

        var container = element('div', 'select2-container select2-container-multi users-autocomplete');
        var choices = element('ul', 'select2-choices');
        var searchField = element('li', 'select2-search-field');
        var box = element('input', 'select2-input');
        box.type = 'text';
        box.autocomplete = 'off';
        box.setAttribute('role', 'combobox');
        box.setAttribute('aria-autocomplete', 'list');
        box.setAttribute('aria-expanded', 'false');
        box.setAttribute('aria-controls', listId);
        box.setAttribute('aria-label', labelOf(input));
        searchField.appendChild(box);
        choices.appendChild(searchField);
        container.appendChild(choices);
        var drop = element('div', 'select2-drop users-dropdown');
        drop.hidden = true;
        var list = element('ul', 'select2-results');
        list.id = listId;
        list.setAttribute('role', 'listbox');
        drop.appendChild(list);
        container.appendChild(drop);
        input.parentNode.insertBefore(container, input);

        function sync() {
            input.value = chosen.map(function (user) { return user.id; }).join(',');
            input.dispatchEvent(new Event('change', {bubbles: true}));
        }

        function renderChoices() {
            Array.prototype.slice.call(choices.querySelectorAll('.select2-search-choice')).forEach(function (li) {
                li.remove();
            });
            chosen.forEach(function (user, index) {
                var li = element('li', 'select2-search-choice');
                li.setAttribute('data-username', user.id);
                li.appendChild(element('span', 'select2-search-choice-name', user.text));
                var remove = element('button', 'select2-search-choice-close', '\u00d7');
                remove.type = 'button';
                remove.setAttribute('aria-label', 'Remove ' + user.text);
                remove.addEventListener('click', function () {
                    chosen.splice(index, 1);
                    sync();
                    renderChoices();
                    box.focus();
                });
                li.appendChild(remove);
                choices.insertBefore(li, searchField);
            });
        }

        function close() {
            drop.hidden = true;
            box.setAttribute('aria-expanded', 'false');
            box.removeAttribute('aria-activedescendant');
            highlighted = -1;
        }

        function message(text, term) {
            list.textContent = '';
            list.appendChild(element('li', 'select2-no-results', text));
            list.setAttribute('data-term', term);
            results = [];
            highlighted = -1;
            drop.hidden = false;
            box.setAttribute('aria-expanded', 'true');
        }

        function isChosen(user) {
            return chosen.some(function (other) { return other.id === user.id; });
        }

        function highlight(index) {
            var options = list.querySelectorAll('.select2-result-selectable');
            Array.prototype.forEach.call(options, function (option, i) {
                option.classList.toggle('select2-highlighted', i === index);
                option.setAttribute('aria-selected', String(i === index));
            });
            highlighted = index;
            if (index >= 0 && options[index]) {
                box.setAttribute('aria-activedescendant', options[index].id);
                options[index].scrollIntoView({block: 'nearest'});
            }
        }

        function choose(user) {
            if (!isChosen(user)) {
                chosen.push(user);
                sync();
                renderChoices();
            }
            box.value = '';
            close();
            box.focus();
        }

        function show(found, term) {
            list.textContent = '';
            results = found.filter(function (user) { return !isChosen(user); });
            if (results.length === 0) {
                message('No matches found', term);
                return;
            }
            results.forEach(function (user, index) {
                var option = element('li', 'select2-result select2-result-selectable');
                option.id = listId + '-' + index;
                option.setAttribute('role', 'option');
                option.setAttribute('data-username', user.id);
                var avatar = element('img', 'select2-result-avatar');
                avatar.alt = '';
                avatar.width = 24;
                avatar.height = 24;
                avatar.src = user.imgSrc;
                option.appendChild(avatar);
                option.appendChild(element('span', 'select2-result-label', user.text));
                option.appendChild(element('span', 'select2-result-username', user.id));
                // mousedown, not click: the search box must not lose focus (and close the list) first.
                option.addEventListener('mousedown', function (event) {
                    event.preventDefault();
                    choose(user);
                });
                option.addEventListener('mousemove', function () {
                    highlight(index);
                });
                list.appendChild(option);
            });
            list.setAttribute('data-term', term);
            drop.hidden = false;
            box.setAttribute('aria-expanded', 'true');
            highlight(0);
        }

        box.addEventListener('input', function () {
            var term = box.value.trim();
            clearTimeout(timer);
            list.removeAttribute('data-term');
            if (term.length < MIN_INPUT_LENGTH) {
                if (term.length === 0) {
                    close();
                } else {
                    message('Type at least ' + MIN_INPUT_LENGTH + ' letters of a name', term);
                }
                return;
            }
            timer = setTimeout(function () {
                var ask = ++asked;
                search(term).then(function (found) {
                    if (ask === asked) {
                        show(found, term);
                    }
                }, function (error) {
                    if (ask === asked) {
                        message(error.message, term);
                    }
                });
            }, QUIET_MILLIS);
        });

        box.addEventListener('keydown', function (event) {
            var open = !drop.hidden && results.length > 0;
            if (event.key === 'ArrowDown' && open) {
                event.preventDefault();
                highlight(Math.min(highlighted + 1, results.length - 1));
            } else if (event.key === 'ArrowUp' && open) {
                event.preventDefault();
                highlight(Math.max(highlighted - 1, 0));
            } else if (event.key === 'Enter') {
                // Enter picks a suggestion; it never submits the wizard from the search box.
                event.preventDefault();
                if (open && highlighted >= 0) {
                    choose(results[highlighted]);
                }
            } else if (event.key === 'Escape') {
                close();
            } else if (event.key === 'Backspace' && box.value === '' && chosen.length > 0) {
                chosen.pop();
                sync();
                renderChoices();
            }
        });

        box.addEventListener('blur', function () {
            close();
        });

        container.addEventListener('click', function (event) {
            if (event.target === container || event.target === choices) {
                box.focus();
            }
        });

        // A value the page came with (the wizard shown again after the server refused it): show those users.
        input.value.split(',').map(function (name) { return name.trim(); }).filter(Boolean).forEach(function (name) {
            var user = {id: name, text: name};
            chosen.push(user);
            search(name).then(function (found) {
                var same = found.filter(function (other) { return other.id === name; })[0];
                if (same) {
                    user.text = same.text;
                    renderChoices();
                }
            }, function () {
                // The user name stays as the label.
            });
        });
        renderChoices();
    }

    /** Binds every unbound input.autocomplete-multiuser inside scope (default: the whole page). */
    function autocompleteMultiUser(scope) {
        var root = scope || document.body;
        Array.prototype.forEach.call(root.querySelectorAll('input.autocomplete-multiuser:not([data-autocomplete-bound="true"])'),
            bindOne);
    }

    window.Confluence = window.Confluence || {};
    window.Confluence.Binder = window.Confluence.Binder || {};
    window.Confluence.Binder.autocompleteMultiUser = autocompleteMultiUser;

    // As Confluence's dialog wizard does with each page it renders.
    function bindWizardPages() {
        Array.prototype.forEach.call(document.querySelectorAll('.sandbox-wizard-form'), autocompleteMultiUser);
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', bindWizardPages);
    } else {
        bindWizardPages();
    }
}());
