/* SPDX-License-Identifier: EUPL-1.2 */
/* Renders every Vega-Lite spec on the page (the same specs as in the PDF) with vega-embed. */
document.querySelectorAll("[data-spec]").forEach(function (element) {
  var spec = JSON.parse(document.getElementById(element.dataset.spec).textContent);
  vegaEmbed(element, spec, { actions: false, renderer: "svg" }).catch(function (error) {
    element.textContent = "Grafiek kon niet worden getekend: " + error;
  });
});
