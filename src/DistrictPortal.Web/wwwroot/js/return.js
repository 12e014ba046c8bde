// The return page's comforts. Everything works without this file: filters are links, the bulk action and 校验 post the
// form, the save returns to #rows. With it: the save returns to the row the officer was at, submit asks for a
// confirmation, the bulk action ticks at once without a round trip, and an error link puts the cursor in its cell.
(function () {
    'use strict';
    var form = document.getElementById('return-form');
    document.querySelectorAll('[data-print]').forEach(function (b) {
        b.addEventListener('click', function () { window.print(); });
    });
    if (!form) return;
    var at = form.querySelector('input[name=At]');
    form.addEventListener('focusin', function (e) {
        var row = e.target.closest('tr[data-estate]');
        if (row && at) at.value = row.getAttribute('data-estate');
    });
    form.addEventListener('submit', function (e) {
        var button = e.submitter;
        if (!button) return;
        var question = button.getAttribute('data-confirm');
        if (question && !window.confirm(question)) e.preventDefault();
    });
    var haves = form.querySelector('[data-haves]');
    if (haves) {
        haves.addEventListener('click', function (e) {
            var ticked = form.querySelectorAll('input[name=Tick]:checked');
            if (ticked.length === 0) return; // the server says nothing was selected
            e.preventDefault();
            ticked.forEach(function (t) {
                form.querySelectorAll('input[name="Rows[' + t.value + '].SixHaves"]').forEach(function (c) { c.checked = true; });
                t.checked = false;
            });
        });
    }
    function focusRow(hash) {
        var row = hash && hash.length > 1 ? document.getElementById(hash.slice(1)) : null;
        if (!row || !row.matches('tr[data-estate]')) return;
        var field = row.querySelector('.input-validation-error') || row.querySelector('input:not([name=Tick]),select,textarea');
        if (field) field.focus({ preventScroll: false });
    }
    document.querySelectorAll('.validation-summary-errors a[href^="#"]').forEach(function (a) {
        a.addEventListener('click', function () { setTimeout(function () { focusRow(a.getAttribute('href')); }, 0); });
    });
    var summary = document.getElementById('errors');
    if (summary) summary.focus();
})();
