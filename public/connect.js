/* Remote Connect popup helper, no dependencies.
   RemoteConnect.open(linkUrl, {width, height}) -> Promise<{status, connection_id?, external_id?, reason?}>
   status: "connected" | "denied" | "failed" | "closed" (the user closed the popup). Rejects if the popup was blocked.
   Only messages from the connect app's origin, sent by the popup itself, are accepted. */
(function (w) {
  "use strict";
  function open(linkUrl, opts) {
    opts = opts || {};
    var width = opts.width || 520, height = opts.height || 720;
    var url = new URL(linkUrl, w.location.href);
    url.searchParams.set("mode", "popup");
    var origin = url.origin;
    var left = Math.round((w.screenX || 0) + Math.max(0, ((w.outerWidth || width) - width) / 2));
    var top = Math.round((w.screenY || 0) + Math.max(0, ((w.outerHeight || height) - height) / 2));
    var popup = w.open(url.href, "remote-connect", "popup=yes,width=" + width + ",height=" + height + ",left=" + left + ",top=" + top);
    return new Promise(function (resolve, reject) {
      if (!popup) return reject(new Error("The popup was blocked: call RemoteConnect.open from a click handler."));
      var settled = false, timer;
      function finish(result) {
        if (settled) return;
        settled = true;
        w.removeEventListener("message", onMessage);
        clearInterval(timer);
        resolve(result);
      }
      function onMessage(e) {
        if (e.origin !== origin || e.source !== popup) return;
        var d = e.data;
        if (!d || d.type !== "remote-connect:result" || typeof d.status !== "string") return;
        var r = { status: d.status };
        if (typeof d.connection_id === "string") r.connection_id = d.connection_id;
        if (typeof d.external_id === "string") r.external_id = d.external_id;
        if (typeof d.reason === "string") r.reason = d.reason;
        finish(r);
      }
      w.addEventListener("message", onMessage);
      timer = setInterval(function () {
        if (!popup.closed) return;
        clearInterval(timer);
        // The result page posts, then closes: give its message a moment to arrive first.
        setTimeout(function () { finish({ status: "closed" }); }, 500);
      }, 300);
    });
  }
  w.RemoteConnect = { open: open };
})(window);
