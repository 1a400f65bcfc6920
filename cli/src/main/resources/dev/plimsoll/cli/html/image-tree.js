// The file tree of image --format html. The page embeds each layer's changes (rows of
// [path, mark, permissions, owner, size, name]); the tree of layer N is layers 0..N-1 stacked,
// with layer N's rows on top and marked. A folder's rows are drawn when it is first opened, at
// most LIMIT of them, so a folder of 100,000 files costs nothing until asked for. Every string is
// set as text, never as markup: file names are input.
(function () {
  'use strict';
  var LIMIT = 1000;
  var OPEN_BUDGET = 2000;
  var MARKS = { '+': 'added', '~': 'changed', '-': 'removed' };
  var layers = JSON.parse(document.getElementById('tree-data').textContent);
  var picker = document.getElementById('layer-picker');
  var only = document.getElementById('changes-only');
  var tree = document.getElementById('tree');

  function stacked(n) {
    var state = new Map();
    for (var k = 0; k < n; k++) {
      layers[k].forEach(function (r) {
        if (r[1] === '-') {
          state.delete(r[0]);
        } else {
          state.set(r[0], { row: r, layer: k });
        }
      });
    }
    layers[n].forEach(function (r) {
      state.set(r[0], { row: r, layer: n });
    });
    return state;
  }

  function span(cls, text) {
    var s = document.createElement('span');
    s.className = cls;
    s.textContent = text;
    return s;
  }

  function line(entry, n, tag, depth) {
    var r = entry.row;
    var mark = entry.layer === n ? r[1] : ' ';
    var el = document.createElement(tag);
    el.className = 'line' + (MARKS[mark] ? ' l-' + MARKS[mark] : '');
    el.setAttribute('data-path', '/' + r[0]);
    [span('mark', mark), span('perm', r[2]), span('owner', r[3]), span('size', r[4]),
      span('name', r[5])].forEach(function (s, i) {
      if (i > 0) {
        el.appendChild(document.createTextNode(' '));
      }
      el.appendChild(s);
    });
    el.lastChild.style.paddingLeft = depth * 2 + 'ch';
    return el;
  }

  function fill(container, path, children, n, budget, depth) {
    var list = children.get(path) || [];
    list.slice(0, LIMIT).forEach(function (entry) {
      var p = entry.row[0];
      if (entry.row[2].charAt(0) !== 'd') {
        container.appendChild(line(entry, n, 'div', depth));
        budget.rows--;
        return;
      }
      var details = document.createElement('details');
      details.appendChild(line(entry, n, 'summary', depth));
      var drawn = false;
      var draw = function () {
        if (!drawn) {
          drawn = true;
          fill(details, p, children, n, budget, depth + 1);
        }
      };
      details.addEventListener('toggle', function () {
        if (details.open) {
          draw();
        }
      });
      container.appendChild(details);
      budget.rows--;
      // Open what the layer touched, as far as the budget goes: that is what one looks for.
      if (entry.layer === n && budget.rows > 0 && children.has(p)) {
        details.open = true;
        draw();
      }
    });
    if (list.length > LIMIT) {
      var more = document.createElement('div');
      more.className = 'more';
      more.textContent = (list.length - LIMIT) + ' more not shown';
      more.style.paddingLeft = depth * 2 + 'ch';
      container.appendChild(more);
    }
  }

  function render() {
    var n = Number(picker.value);
    var children = new Map();
    stacked(n).forEach(function (entry, path) {
      if (only.checked && entry.layer !== n) {
        return;
      }
      var slash = path.lastIndexOf('/');
      var parent = slash < 0 ? '' : path.slice(0, slash);
      if (!children.has(parent)) {
        children.set(parent, []);
      }
      children.get(parent).push(entry);
    });
    children.forEach(function (list) {
      list.sort(function (a, b) {
        return a.row[0] < b.row[0] ? -1 : a.row[0] > b.row[0] ? 1 : 0;
      });
    });
    tree.textContent = '';
    tree.setAttribute('data-layer', String(n));
    fill(tree, '', children, n, { rows: OPEN_BUDGET }, 0);
  }

  function fromHash() {
    var m = /(?:^#|&)layer=(\d+)/.exec(location.hash);
    // The address counts layers from 1, as the page shows them; the data from 0.
    var n = m ? Number(m[1]) - 1 : layers.length - 1;
    if (n >= 0 && n < layers.length) {
      picker.value = String(n);
    }
    only.checked = /(?:^#|&)changes(?:&|$)/.test(location.hash);
  }

  picker.addEventListener('change', function () {
    history.replaceState(null, '', '#layer=' + (Number(picker.value) + 1) + (only.checked ? '&changes' : ''));
    render();
  });
  only.addEventListener('change', function () {
    history.replaceState(null, '', '#layer=' + (Number(picker.value) + 1) + (only.checked ? '&changes' : ''));
    render();
  });
  window.addEventListener('hashchange', function () {
    fromHash();
    render();
  });
  fromHash();
  render();
})();
