// Every page: a box that scrolls sideways (a wide table inside its card, issue 15) can be reached and scrolled with the
// keyboard (WCAG 2.1.1; axe-core's scrollable-region-focusable). Without script the table's own links still take focus.
(function () {
    'use strict';
    function mark() {
        document.querySelectorAll('.card, .tw').forEach(function (box) {
            var scrolls = box.scrollWidth > box.clientWidth + 1;
            if (scrolls && !box.hasAttribute('tabindex')) box.setAttribute('tabindex', '0');
        });
    }
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mark); else mark();
    window.addEventListener('resize', mark);
})();
