// SPDX-License-Identifier: EUPL-1.2
// Tables on every screen width: each table gets its own scroll box (so the page itself never
// scrolls sideways); a box that scrolls can be reached with the keyboard and is named after
// the table's caption. Tables marked .ws-table--stack become cards on small screens (CSS);
// here each cell gets its column's name, and explicit roles keep them a table for screen
// readers when CSS changes their display. Runs again on content that htmx swaps in.
(function () {
  "use strict";

  function wrap(table) {
    var parent = table.parentElement;
    if (parent && parent.classList.contains("ws-table-wrap")) {
      return parent;
    }
    var box = document.createElement("div");
    box.className = "ws-table-wrap";
    parent.insertBefore(box, table);
    box.appendChild(table);
    return box;
  }

  function label(table) {
    var caption = table.querySelector("caption");
    return caption ? caption.textContent.trim() : "Tabel";
  }

  function markScrollable(box, table) {
    if (box.hasAttribute("data-ws-region")) {
      return;  // a region the page itself declared: focusable at every width
    }
    box.setAttribute("data-ws-scrollbox", "");
    if (box.scrollWidth > box.clientWidth + 1) {
      box.setAttribute("tabindex", "0");
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", label(table) + " (schuif opzij voor meer kolommen)");
    } else if (box.getAttribute("role") === "region") {
      box.removeAttribute("tabindex");
      box.removeAttribute("role");
      box.removeAttribute("aria-label");
    }
  }

  function stack(table) {
    var headers = Array.prototype.map.call(
      table.querySelectorAll("thead tr:last-child th"),
      function (th) {
        // A column whose name is for screen readers only (an action column) gets no label.
        var hidden = th.querySelector(".ws-visually-hidden");
        var text = th.textContent.trim();
        return hidden && hidden.textContent.trim() === text ? "" : text;
      }
    );
    table.setAttribute("role", "table");
    table.querySelectorAll("thead, tbody, tfoot").forEach(function (group) {
      group.setAttribute("role", "rowgroup");
    });
    table.querySelectorAll("tr").forEach(function (row) {
      row.setAttribute("role", "row");
      var column = 0;
      Array.prototype.forEach.call(row.children, function (cell) {
        if (cell.tagName === "TH") {
          cell.setAttribute("role", cell.getAttribute("scope") === "row" ? "rowheader" : "columnheader");
        } else {
          cell.setAttribute("role", "cell");
          if (!cell.hasAttribute("data-label") && !cell.hasAttribute("colspan")) {
            cell.setAttribute("data-label", headers[column] || "");
          }
        }
        column += parseInt(cell.getAttribute("colspan") || "1", 10);
      });
    });
  }

  var boxes = [];
  // A box's width changes without a window resize too (fonts arriving, a swapped-in part).
  var observer = window.ResizeObserver ? new ResizeObserver(function () { recheck(); }) : null;

  function enhance(root) {
    var scope = root && root.querySelectorAll ? root : document;
    var tables = scope.tagName === "TABLE" ? [scope] : scope.querySelectorAll("main table");
    Array.prototype.forEach.call(tables, function (table) {
      var box = wrap(table);
      if (box.getAttribute("role") === "region" && !box.hasAttribute("data-ws-scrollbox")) {
        box.setAttribute("data-ws-region", "");
      }
      if (table.classList.contains("ws-table--stack")) {
        stack(table);
      }
      boxes.push([box, table]);
      markScrollable(box, table);
      if (observer) {
        observer.observe(box);
        observer.observe(table);
      }
    });
  }

  function recheck() {
    boxes = boxes.filter(function (pair) { return pair[0].isConnected; });
    boxes.forEach(function (pair) { markScrollable(pair[0], pair[1]); });
  }

  document.addEventListener("DOMContentLoaded", function () { enhance(document); });
  document.addEventListener("htmx:load", function (event) { enhance(event.detail.elt); });
  window.addEventListener("resize", recheck);
})();
