// The console's only script of its own: htmx sends the session's CSRF token, and the dialogs
// htmx brings open as modal dialogs (focus kept inside, Escape closes) and give focus back when closed.
(function () {
    'use strict';

    var opener = null;

    document.addEventListener('htmx:configRequest', function (event) {
        var header = document.querySelector('meta[name="csrf-header"]');
        var token = document.querySelector('meta[name="csrf-token"]');
        if (header && token) {
            event.detail.headers[header.content] = token.content;
        }
    });

    document.addEventListener('htmx:beforeRequest', function (event) {
        var target = event.detail.target;
        if (target && target.id === 'dialog-slot' && !event.detail.elt.closest('dialog')) {
            opener = event.detail.elt.id || null;
        }
    });

    document.addEventListener('htmx:afterSettle', function () {
        var dialog = document.querySelector('#dialog-slot > dialog:not([open])');
        if (!dialog) {
            return;
        }
        dialog.addEventListener('close', function () {
            dialog.remove();
            var back = opener && document.getElementById(opener);
            if (back) {
                back.focus();
            }
        }, {once: true});
        dialog.showModal();
    });
})();
