// Sankey of the promotion cascade (result page). Data comes as JSON in data-grafik (the CSP forbids inline scripts);
// ECharts is loaded on demand from data-echarts. Nodes are level · kelas, links the number of promotions between them,
// plus the formation flowing into the entry-level positions left vacant.
(function () {
  function gambar(el) {
    var data = JSON.parse(el.dataset.grafik || '{}');
    if (!data.nodes || !data.nodes.length) { el.style.height = '0'; el.dataset.siap = 'true'; return; }
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'item', triggerOn: 'mousemove' },
      toolbox: { feature: { saveAsImage: { title: el.dataset.labelSimpan || '', pixelRatio: 2, name: 'kaskade' } } },
      series: [{
        type: 'sankey', left: 10, right: 160, top: 20, bottom: 20, nodeAlign: 'left', draggable: false,
        emphasis: { focus: 'adjacency' }, lineStyle: { color: 'gradient', curveness: 0.5, opacity: 0.45 },
        label: { fontSize: 11 }, data: data.nodes, links: data.links
      }]
    });
    el.dataset.siap = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  }

  window.Aparatur.grafik('.grafik-kaskade', gambar);
})();
