// Sends the CSRF token with every htmx request, so forms and filters work without a full page load.
document.addEventListener("htmx:configRequest", (event) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// On a phone a wide table reads as one card a row: each cell is labelled with its column's
// heading, which the stylesheet shows beside the value below 40rem.
function labelTableCells(root) {
  root.querySelectorAll(".table-wrap table").forEach((table) => {
    const headings = Array.from(table.querySelectorAll("thead th")).map((th) => th.textContent.trim());
    table.querySelectorAll("tbody tr").forEach((row) => {
      Array.from(row.children).forEach((cell, index) => {
        if (headings[index] && !cell.hasAttribute("data-label")) {
          cell.setAttribute("data-label", headings[index]);
        }
      });
    });
  });
}
document.addEventListener("DOMContentLoaded", () => labelTableCells(document));
document.addEventListener("htmx:afterSettle", () => labelTableCells(document));

// The notification bell asks for news every minute. It stops asking once nobody has used the
// page for a quarter of an hour, so an open tab does not keep a session alive for ever, and
// asks again as soon as someone is back.
const idleAfterMilliseconds = 15 * 60 * 1000;
let lastUsed = Date.now();
["pointerdown", "keydown", "scroll", "touchstart"].forEach((kind) =>
  document.addEventListener(kind, () => { lastUsed = Date.now(); }, { passive: true, capture: true }));
document.addEventListener("htmx:confirm", (event) => {
  if (event.target.id === "notifications-bell" && event.detail.triggeringEvent == null
      && Date.now() - lastUsed > idleAfterMilliseconds) {
    event.preventDefault();
  }
});

// Times on pages are shown in the reader's own time zone: the server reads it from this
// cookie (until it is set, times are in UTC and say so).
(() => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone && /^[A-Za-z0-9\/_+-]+$/.test(zone) && !document.cookie.split("; ").includes("hearth-tz=" + zone)) {
    document.cookie = "hearth-tz=" + zone + "; path=/; max-age=31536000; samesite=lax"
      + (location.protocol === "https:" ? "; secure" : "");
  }
})();
