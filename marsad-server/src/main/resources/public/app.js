/* Marsad dashboard. No inline code anywhere (the Content-Security-Policy forbids it): this file
 * finds its elements by id/class/data-* attributes. Text from the data is always set with
 * textContent, never as HTML. */
(function () {
  'use strict';

  function ready(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  /* Colours come as data-color (inline style attributes are not allowed); set them through the CSSOM. */
  function paint(root) {
    (root || document).querySelectorAll('[data-color]').forEach(function (e) {
      e.style.setProperty('--c', e.getAttribute('data-color'));
    });
  }

  // ---- map ---------------------------------------------------------------------------------------

  var CELL = 46; // pixels: markers closer than this are clustered

  function clusterLayer(map, features) {
    var layer = L.layerGroup().addTo(map);
    function render() {
      layer.clearLayers();
      var cells = {};
      features.forEach(function (f) {
        var c = f.geometry.coordinates;
        var p = map.latLngToLayerPoint([c[1], c[0]]);
        var key = Math.floor(p.x / CELL) + ':' + Math.floor(p.y / CELL);
        (cells[key] = cells[key] || []).push(f);
      });
      Object.keys(cells).forEach(function (k) {
        var group = cells[k];
        var lat = 0, lon = 0, counts = {}, top = null;
        group.forEach(function (f) {
          lat += f.geometry.coordinates[1]; lon += f.geometry.coordinates[0];
          var t = f.properties.type;
          counts[t] = (counts[t] || 0) + 1;
          if (!top || counts[t] > counts[top.properties.type]) { top = f; }
        });
        var at = [lat / group.length, lon / group.length];
        var dot = el('div', group.length > 1 ? 'mk cluster' : 'mk');
        dot.style.setProperty('--c', top.properties.color);
        if (group.length > 1) { dot.textContent = String(group.length); }
        var size = group.length > 1 ? Math.min(44, 24 + Math.round(Math.log(group.length) * 6)) : 16;
        var marker = L.marker(at, {
          icon: L.divIcon({ html: dot, className: 'mk-wrap mk-' + (group.length > 1 ? 'cluster' : 'one'),
                            iconSize: [size, size] }),
          keyboard: true, title: group.length > 1 ? group.length + '' : (top.properties.summary || '')
        });
        if (group.length > 1) {
          marker.on('click', function () {
            var b = L.latLngBounds(group.map(function (f) {
              return [f.geometry.coordinates[1], f.geometry.coordinates[0]];
            }));
            if (b.getNorthEast().equals(b.getSouthWest())) {
              marker.bindPopup(popupList(group)).openPopup();
            } else {
              map.fitBounds(b.pad(0.3));
            }
          });
        } else {
          marker.bindPopup(popupList(group));
        }
        layer.addLayer(marker);
      });
    }
    map.on('zoomend', render);
    render();
    return layer;
  }

  function popupList(group) {
    var box = el('div', 'popup');
    group.slice(0, 12).forEach(function (f) {
      var p = f.properties;
      var row = el('div', 'popup-row');
      var badge = el('span', 'badge', p.type);
      badge.style.setProperty('--c', p.color);
      row.appendChild(badge);
      row.appendChild(el('span', 'muted', ' ' + (p.day || '') + ' '));
      var a = el('a', null, p.summary || p.article_title || p.article);
      a.href = '/articles/' + encodeURIComponent(p.article) + '#ev-' + encodeURIComponent(p.event_key);
      row.appendChild(a);
      box.appendChild(row);
    });
    if (group.length > 12) { box.appendChild(el('div', 'muted', '… +' + (group.length - 12))); }
    return box;
  }

  function initMap(div) {
    var map = L.map(div, { worldCopyJump: true, attributionControl: true, zoomSnap: 0.5 }).setView([33.5, 40], 4.5);
    var tiles = document.body.getAttribute('data-tiles');
    fetch('/static/basemap/countries.geojson').then(function (r) { return r.json(); }).then(function (g) {
      L.geoJSON(g, { style: function () {
        return { color: '#8a94a0', weight: 0.8, fillColor: '#eef1f4', fillOpacity: 1 };
      }, interactive: false }).addTo(map).bringToBack();
    });
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 18, attribution: '&copy; OpenStreetMap contributors' }).addTo(map);
    }
    map.attributionControl.addAttribution('Natural Earth');
    fetch(div.getAttribute('data-src')).then(function (r) { return r.json(); }).then(function (fc) {
      var feats = fc.features || [];
      div.setAttribute('data-count', String(feats.length));
      if (feats.length) {
        clusterLayer(map, feats);
        var b = L.latLngBounds(feats.map(function (f) {
          return [f.geometry.coordinates[1], f.geometry.coordinates[0]];
        }));
        if (feats.length > 1 && !b.getNorthEast().equals(b.getSouthWest())) {
          map.fitBounds(b.pad(0.5), { maxZoom: 6 });
        } else {
          map.setView(b.getCenter(), 6);
        }
      }
      div.classList.add('loaded');
    });
  }

  // ---- timeline ----------------------------------------------------------------------------------

  function initTimeline(canvas) {
    fetch(canvas.getAttribute('data-src')).then(function (r) { return r.json(); }).then(function (t) {
      var datasets = t.series.map(function (s) {
        return { label: s.label, data: s.counts, backgroundColor: s.color, borderWidth: 0, maxBarThickness: 28 };
      });
      var rtl = document.documentElement.dir === 'rtl';
      canvas.setAttribute('data-buckets', String(t.buckets.length));
      var caption = document.getElementById(canvas.id + '-unit');
      if (caption) {
        caption.textContent = caption.getAttribute('data-' + (t.buckets.length ? t.unit : 'none')) || '';
      }
      /* global Chart */
      new Chart(canvas, {
        type: 'bar',
        data: { labels: t.buckets, datasets: datasets },
        options: {
          animation: false, responsive: true, maintainAspectRatio: false,
          plugins: { legend: { position: 'bottom', rtl: rtl, labels: { boxWidth: 12 } },
                     tooltip: { rtl: rtl } },
          scales: { x: { stacked: true, reverse: rtl, ticks: { maxRotation: 60, autoSkip: true } },
                    y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } }
        }
      });
      canvas.classList.add('loaded');
    });
  }

  // ---- story thread ------------------------------------------------------------------------------

  // one bar per event of the thread, in timeline order: its height the number of sources, its colour
  // its type; a click opens the event's reports side by side
  function initThreadChart(canvas) {
    fetch(canvas.getAttribute('data-src')).then(function (r) { return r.json(); }).then(function (t) {
      var rtl = document.documentElement.dir === 'rtl';
      var entries = t.timeline || [];
      canvas.setAttribute('data-bars', String(entries.length));
      new Chart(canvas, {
        type: 'bar',
        data: {
          labels: entries.map(function (e) { return [e.date || '', e.label || e.type]; }),
          datasets: [{
            label: canvas.getAttribute('data-label') || '',
            data: entries.map(function (e) { return e.num_sources; }),
            backgroundColor: entries.map(function (e) { return e.color || '#888'; }),
            borderWidth: 0, maxBarThickness: 36
          }]
        },
        options: {
          animation: false, responsive: true, maintainAspectRatio: false,
          onClick: function (ev, els) {
            if (els.length) { window.location.href = '/clusters/' + encodeURIComponent(entries[els[0].index].id); }
          },
          plugins: { legend: { display: false },
                     tooltip: { rtl: rtl, callbacks: { afterLabel: function (c) { return entries[c.dataIndex].summary; } } } },
          scales: { x: { reverse: rtl, ticks: { autoSkip: false, maxRotation: 60 } },
                    y: { beginAtZero: true, ticks: { precision: 0 } } }
        }
      });
      canvas.classList.add('loaded');
    });
  }

  // ---- article page ------------------------------------------------------------------------------

  function spanRange(attr) {
    var p = (attr || '').split(',');
    return [parseInt(p[0], 10), parseInt(p[1], 10)];
  }

  function lightRange(text, range, cls) {
    text.querySelectorAll('.' + cls).forEach(function (s) { s.classList.remove(cls); });
    var first = null;
    text.querySelectorAll('span[data-b]').forEach(function (s) {
      var b = +s.getAttribute('data-b'), e = +s.getAttribute('data-e');
      if (b >= range[0] && e <= range[1]) {
        s.classList.add(cls);
        if (!first) { first = s; }
      }
    });
    return first;
  }

  function flash(card) {
    card.classList.remove('flash');
    void card.offsetWidth;
    card.classList.add('flash');
    card.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }

  function initArticle(text) {
    text.addEventListener('click', function (ev) {
      var s = ev.target.closest('.a[data-refs]');
      if (!s) { return; }
      var refs = s.getAttribute('data-refs').split(' ');
      // prefer events, then claims, then places and entities
      refs.sort(function (a, b) { return rank(a) - rank(b); });
      var card = document.getElementById(refs[0]);
      if (card) {
        lightRange(text, spanRange(card.getAttribute('data-span')), 'evidence-on');
        flash(card);
      }
    });
    text.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' && ev.target.classList.contains('a')) { ev.target.click(); }
    });
    document.querySelectorAll('button.evidence').forEach(function (b) {
      b.addEventListener('click', function () {
        var first = lightRange(text, spanRange(b.getAttribute('data-span')), 'evidence-on');
        if (first) { first.scrollIntoView({ behavior: 'smooth', block: 'center' }); }
      });
    });
    document.querySelectorAll('.card.event').forEach(function (c) {
      c.addEventListener('mouseenter', function () { lightRange(text, spanRange(c.getAttribute('data-trigger')), 'hover-on'); });
      c.addEventListener('mouseleave', function () { lightRange(text, [-1, -1], 'hover-on'); });
    });
    if (location.hash.length > 1) {
      var card = document.getElementById(decodeURIComponent(location.hash.substring(1)));
      if (card && card.hasAttribute('data-span')) {
        lightRange(text, spanRange(card.getAttribute('data-span')), 'evidence-on');
        flash(card);
      }
    }
  }

  function rank(ref) {
    return ref.indexOf('ev-') === 0 ? 0 : ref.indexOf('cl-') === 0 ? 1 : ref.indexOf('plc-') === 0 ? 2
      : ref.indexOf('dat-') === 0 ? 3 : 4;
  }

  ready(function () {
    paint(document);
    document.querySelectorAll('.map[data-src]').forEach(initMap);
    document.querySelectorAll('canvas.timeline[data-src]').forEach(initTimeline);
    document.querySelectorAll('canvas.thread-chart[data-src]').forEach(initThreadChart);
    var text = document.getElementById('article-text');
    if (text) { initArticle(text); }
  });
})();
