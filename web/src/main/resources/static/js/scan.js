// Scanning a household card's QR code with the phone's camera, where the browser can read barcodes itself
// (BarcodeDetector); elsewhere the code or the 户号 is typed, or the phone's camera app opens the card's link.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var start = document.getElementById('scan-start');
    if (!start || !('BarcodeDetector' in window) || !navigator.mediaDevices
        || !window.BarcodeDetector.getSupportedFormats) { return; }
    // Some browsers have BarcodeDetector but read no QR codes (desktop Linux): offer the button only where it works.
    window.BarcodeDetector.getSupportedFormats().then(function (formats) {
      if (formats.indexOf('qr_code') >= 0) { offer(start); }
    }, function () { /* no scanning: the 户号 box stays */ });
  });

  function offer(start) {
    start.hidden = false;
    start.addEventListener('click', function () {
      var view = document.getElementById('scan-view');
      var video = document.getElementById('scan-video');
      var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
      navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (stream) {
        view.hidden = false;
        video.srcObject = stream;
        video.play();
        var look = function () {
          detector.detect(video).then(function (codes) {
            if (codes.length) {
              stream.getTracks().forEach(function (track) { track.stop(); });
              document.getElementById('scan-code').value = codes[0].rawValue;
              document.getElementById('scan-form').submit();
            } else {
              window.setTimeout(look, 250);
            }
          }, function () { window.setTimeout(look, 500); });
        };
        look();
      }, function () {
        view.hidden = true;
        var said = document.getElementById('scan-refused');
        if (said) { said.hidden = false; }
      });
    });
  }
})();
