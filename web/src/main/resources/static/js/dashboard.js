// The township dashboard's charts (ECharts from its webjar), from the page's JSON block: no inline script.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var data = JSON.parse(document.getElementById('chart-data').textContent);
    var font = { fontFamily: '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif' };
    var points = window.echarts.init(document.getElementById('chart-points'));
    points.setOption({
      textStyle: font, animation: false, tooltip: { trigger: 'axis' }, legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 12, top: 56, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: data.months },
      yAxis: { type: 'value', name: '分', nameGap: 8, splitNumber: 4 },
      series: data.categories.map(function (category, i) {
        return { name: category, type: 'bar', stack: 'points', data: data.points[i] };
      })
    });
    // One row per village, every village named beside its own bar. Drawn on a canvas: the SVG renderer sets each
    // text's font in a style attribute, which the pages' Content-Security-Policy refuses, so names were drawn in
    // another font than measured and cut off on the left (tryout pages-2 minor 9).
    var box = document.getElementById('chart-participation');
    box.style.height = Math.max(160, 40 + 30 * data.villages.length) + 'px';
    var participation = window.echarts.init(box);
    participation.setOption({
      textStyle: font, animation: false, tooltip: { trigger: 'axis', valueFormatter: function (v) { return v + '%'; } },
      grid: { left: 24, right: 24, top: 12, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: 100, interval: 50, axisLabel: { formatter: '{value}%', hideOverlap: true } },
      yAxis: { type: 'category', data: data.villages, inverse: true, axisLabel: { interval: 0, width: 120, overflow: 'break' } },
      series: [{ name: '参与率', type: 'bar', data: data.participation, itemStyle: { color: '#1d5a2e' } }]
    });
    document.getElementById('chart-points').setAttribute('data-rendered', 'true');
    document.getElementById('chart-participation').setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { points.resize(); participation.resize(); });
  });
})();
