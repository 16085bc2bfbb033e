// The township dashboard's charts (ECharts from its webjar), from the page's JSON block: no inline script.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var data = JSON.parse(document.getElementById('chart-data').textContent);
    var font = { fontFamily: '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif' };
    var points = window.echarts.init(document.getElementById('chart-points'));
    points.setOption({
      textStyle: font, animation: false, tooltip: { trigger: 'axis' }, legend: { top: 0 },
      grid: { left: 48, right: 12, top: 40, bottom: 28 },
      xAxis: { type: 'category', data: data.months },
      yAxis: { type: 'value', name: '分' },
      series: data.categories.map(function (category, i) {
        return { name: category, type: 'bar', stack: 'points', data: data.points[i] };
      })
    });
    var participation = window.echarts.init(document.getElementById('chart-participation'));
    participation.setOption({
      textStyle: font, animation: false, tooltip: { trigger: 'axis', valueFormatter: function (v) { return v + '%'; } },
      grid: { left: 90, right: 24, top: 12, bottom: 28 },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: data.villages, inverse: true },
      series: [{ name: '参与率', type: 'bar', data: data.participation, itemStyle: { color: '#1d5a2e' } }]
    });
    document.getElementById('chart-points').setAttribute('data-rendered', 'true');
    document.getElementById('chart-participation').setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { points.resize(); participation.resize(); });
  });
})();
