// The embedded IIIF viewer on a document's page: reads the document's manifest and opens each
// canvas's image service in OpenSeadragon, one page at a time. Without JavaScript, or if anything
// fails, the page keeps its thumbnails linking to the full images.
(function () {
  "use strict";

  function imageServices(manifest) {
    var services = [];
    (manifest.items || []).forEach(function (canvas) {
      (canvas.items || []).forEach(function (page) {
        (page.items || []).forEach(function (annotation) {
          var body = annotation.body || {};
          var service = (body.service || [])[0];
          if (annotation.motivation === "painting" && service && service.id) {
            services.push(service.id + "/info.json");
          }
        });
      });
    });
    return services;
  }

  function open(element) {
    fetch(element.getAttribute("data-manifest"), { headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("manifest: HTTP " + response.status);
        }
        return response.json();
      })
      .then(function (manifest) {
        var sources = imageServices(manifest);
        if (sources.length === 0 || typeof OpenSeadragon !== "function") {
          return;
        }
        element.hidden = false;
        var viewer = OpenSeadragon({
          element: element,
          prefixUrl: "/webjars/openseadragon/2.4.2/build/openseadragon/images/",
          tileSources: sources,
          sequenceMode: sources.length > 1,
          showNavigator: false,
          preserveViewport: true
        });
        // what a test, or a curious reader's console, can see: the manifest read and a page drawn
        element.setAttribute("data-pages", String(sources.length));
        viewer.addHandler("tile-drawn", function () {
          element.setAttribute("data-drawn", "true");
        });
      })
      .catch(function (error) {
        element.hidden = true;
        element.setAttribute("data-failed", String(error));
      });
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll(".viewer[data-manifest]"), open);
  });
})();
