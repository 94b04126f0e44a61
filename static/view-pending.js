// The page runs scripts: app.css shows the controls that need them only under html.js (before the page has hydrated,
// so a reader with JavaScript sees no controls appear, and one without sees none that cannot work).
document.documentElement.classList.add('js');
// A /timeline link that names a view (filters, a window, an event) is prerendered without it: until the page
// has applied the view, its marks, list and count are hidden, so the first paint never shows the wrong ones.
// (An external file: the Content-Security-Policy allows no inline script. app.css reveals them after 4 s
// whatever happens, and the layout removes the class once the page is running.)
if (/^\/timeline\/?$/.test(location.pathname) && location.search.length > 1) document.documentElement.classList.add('pending-view');
