/* SPDX-License-Identifier: EUPL-1.2 */
/* Renders every Vega-Lite spec on the page (the same specs as in the PDF) with vega-embed.
   A Monitor chart takes the width of its box (narrow screens), a sparkline keeps its own. */
document.querySelectorAll("[data-spec]").forEach(function (element) {
  var spec = JSON.parse(document.getElementById(element.dataset.spec).textContent);
  if (element.classList.contains("ws-chart__drawing")) {
    spec.width = "container";
    spec.autosize = { type: "fit", contains: "padding" };
  }
  vegaEmbed(element, spec, {
    actions: false,
    renderer: "svg",
    defaultStyle: false, // no <style> element: the CSP allows stylesheets from the site only
    tooltip: { disableDefaultStyle: true }, // the tooltip is styled in dashboard.css
  }).then(function () {
    // A mark without items (all values suppressed) stays an unlabelled "graphics-symbol":
    // it shows nothing, so hide it from assistive technology (axe: svg-img-alt).
    element.querySelectorAll('g[role="graphics-symbol"]:empty').forEach(function (mark) {
      mark.removeAttribute("role");
      mark.setAttribute("aria-hidden", "true");
    });
  }).catch(function (error) {
    element.textContent = "Grafiek kon niet worden getekend: " + error;
  });
});
