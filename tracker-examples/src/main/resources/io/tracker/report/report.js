(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("ledger-data").textContent);
  var colour = {};
  data.lights.forEach(function (l) { colour[l.key] = l.colour; });
  var font = "PingFang SC, Microsoft YaHei, Noto Sans CJK SC, sans-serif";
  var charts = [];

  // Every text of the ledger (task, target, unit, leader, section) that a tooltip shows goes through
  // esc: ECharts puts a formatter's result into the page as HTML.
  var HTML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" };
  function esc(value) {
    return String(value).replace(/[&<>"']/g, function (c) { return HTML_ESCAPES[c]; });
  }

  function draw(id, height, option) {
    var dom = document.getElementById(id);
    try {
      if (height) { dom.style.height = height + "px"; }
      var chart = echarts.init(dom, null, { renderer: "canvas" });
      option.animation = false;
      option.textStyle = { fontFamily: font };
      chart.setOption(option);
      var canvas = dom.querySelector("canvas");
      if (!canvas || canvas.width === 0 || canvas.height === 0) {
        throw new Error(id + " drew no canvas");
      }
      charts.push(chart);
      document.body.dataset.chartsRendered = String(charts.length);
    } catch (e) {
      window.recordReportError(id + ": " + (e && e.message ? e.message : e));
    }
  }

  /** A tooltip: the title, then one line per series with its colour marker and value. */
  function seriesTip(title, ps) {
    return esc(title) + ps.map(function (p) {
      return "<br>" + p.marker + esc(p.seriesName) + "：" + esc(p.value);
    }).join("");
  }

  function lightSeries(categories, valueOf) {
    return data.lights.map(function (l) {
      return {
        name: l.label, type: "bar", stack: "lights", barMaxWidth: 48,
        itemStyle: { color: l.colour },
        label: { show: true, formatter: function (p) { return p.value ? p.value : ""; } },
        data: categories.map(function (c) { return valueOf(c, l.key); })
      };
    });
  }

  draw("chart-sections", 0, {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" },
      formatter: function (ps) {
        var s = data.sections[ps[0].dataIndex];
        return seriesTip(s.name + " " + s.title, ps);
      } },
    legend: { top: 0 },
    grid: { left: 40, right: 20, top: 36, bottom: 30 },
    xAxis: { type: "category", data: data.sections.map(function (s) { return s.name; }) },
    yAxis: { type: "value", name: "任务数", minInterval: 1 },
    series: lightSeries(data.sections, function (s, key) { return s.counts[key]; })
  });

  var leaderSeries = lightSeries(data.leaders, function (l, key) { return l[key]; });
  leaderSeries.push({
    name: "平均得分", type: "line", yAxisIndex: 1, symbolSize: 8,
    itemStyle: { color: "#1f3a5f" },
    label: { show: true, position: "top", backgroundColor: "rgba(255,255,255,.85)", padding: [1, 3] },
    data: data.leaders.map(function (l) { return l.score; })
  });
  draw("chart-leaders", 0, {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" },
      formatter: function (ps) { return seriesTip(data.leaders[ps[0].dataIndex].name, ps); } },
    legend: { top: 0 },
    grid: { left: 40, right: 44, top: 36, bottom: 30 },
    xAxis: { type: "category", data: data.leaders.map(function (l) { return l.name; }) },
    yAxis: [{ type: "value", name: "任务数", minInterval: 1 },
            { type: "value", name: "得分", min: 0, max: 100, splitLine: { show: false } }],
    series: leaderSeries
  });

  function unitColour(u) {
    return u.red > 0 ? colour.RED : u.yellow > 0 ? colour.YELLOW : colour.GREEN;
  }
  draw("chart-units", Math.max(260, data.units.length * 26 + 60), {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" },
      formatter: function (ps) {
        var u = data.units[ps[0].dataIndex];
        return esc(u.name) + "<br>得分：" + esc(u.score) + "<br>牵头 " + esc(u.lead) + " 项，配合 "
          + esc(u.co) + " 项<br>红灯 " + esc(u.red) + " 项，黄灯 " + esc(u.yellow) + " 项";
      } },
    grid: { left: 170, right: 50, top: 10, bottom: 30 },
    xAxis: { type: "value", min: 0, max: 100, name: "得分" },
    yAxis: { type: "category", inverse: true, axisTick: { show: false },
      data: data.units.map(function (u) { return u.name; }) },
    series: [{
      type: "bar", barMaxWidth: 18, label: { show: true, position: "right" },
      data: data.units.map(function (u) {
        return { value: u.score, itemStyle: { color: unitColour(u) } };
      })
    }]
  });

  var many = data.targets.length > 40;
  draw("chart-targets", 360, {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" },
      formatter: function (ps) {
        var t = data.targets[ps[0].dataIndex];
        return "任务" + esc(t.label.replace("-", " 目标")) + "：" + esc(t.text) + "<br>实际完成率："
          + (t.reported ? esc(t.completion) + "%" : "未报送") + "<br>时序进度：" + esc(t.expected) + "%";
      } },
    legend: { top: 0, data: ["实际完成率", "时序进度"] },
    grid: { left: 50, right: 20, top: 36, bottom: many ? 90 : 60 },
    dataZoom: many ? [{ type: "slider", startValue: 0, endValue: 39, bottom: 10 }, { type: "inside" }] : [],
    xAxis: { type: "category", name: "任务-目标", nameLocation: "middle", nameGap: 40,
      axisLabel: { interval: 0, rotate: 45 },
      data: data.targets.map(function (t) { return t.label; }) },
    yAxis: { type: "value", min: 0, max: 100, name: "%" },
    series: [{
      name: "实际完成率", type: "bar", barMaxWidth: 28,
      itemStyle: { color: "#7c9cc4" },
      data: data.targets.map(function (t) {
        var c = t.light ? colour[t.light] : t.completion >= t.expected ? colour.GREEN : "#7c9cc4";
        return { value: t.completion, itemStyle: { color: c } };
      })
    }, {
      name: "时序进度", type: "scatter", symbol: "rect", symbolSize: [30, 3], z: 5,
      itemStyle: { color: "#1f3a5f" },
      data: data.targets.map(function (t) { return t.expected; })
    }]
  });

  window.addEventListener("resize", function () {
    charts.forEach(function (c) { c.resize(); });
  });

  var tbody = document.getElementById("task-rows");
  var rows = Array.prototype.slice.call(tbody.rows);
  var text = document.getElementById("filter-text");
  var section = document.getElementById("filter-section");
  var light = document.getElementById("filter-light");
  var shown = document.getElementById("shown");

  function filter() {
    var q = text.value.trim().toLowerCase();
    var n = 0;
    rows.forEach(function (r) {
      var ok = (!q || r.textContent.toLowerCase().indexOf(q) >= 0)
        && (!section.value || r.dataset.section === section.value)
        && (!light.value || r.dataset.light === light.value);
      r.hidden = !ok;
      if (ok) { n++; }
    });
    shown.textContent = String(n);
  }
  text.addEventListener("input", filter);
  section.addEventListener("change", filter);
  light.addEventListener("change", filter);

  var collator = new Intl.Collator("zh-Hans-CN", { numeric: true });
  var headers = Array.prototype.slice.call(document.querySelectorAll("#tasks thead th"));
  headers.forEach(function (th, column) {
    var kind = th.dataset.sort;
    if (!kind) { return; }
    th.addEventListener("click", function () {
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var sign = ascending ? 1 : -1;
      rows.sort(function (a, b) {
        var x = a.cells[column].dataset.value, y = b.cells[column].dataset.value;
        var d = kind === "number" ? parseFloat(x) - parseFloat(y) : collator.compare(x, y);
        return d * sign || collator.compare(a.dataset.id, b.dataset.id);
      });
      rows.forEach(function (r) { tbody.appendChild(r); });
    });
  });
})();
