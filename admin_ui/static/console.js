/* The console shell. The server describes every page (GET /console/login.json before
 * sign-in, GET /console/app.json after); this file only connects amis to the browser:
 * the session in sessionStorage, hash routing, a fetcher that speaks both the console's JSON
 * adaptor and GraphQL, subscriptions over graphql-transport-ws, downloads with the session. */
(function () {
  "use strict";

  var embed = amisRequire("amis/embed");

  // A message is text, and may name people and units. amis reads every message it is given
  // as a template ("${…}", "$name", "<%…%>") and a toast shows the result as HTML, while a
  // service shows the same message as text; a word joiner after "$", "<", "&" and "\\" looks
  // like nothing in either and leaves no expression, tag or entity for them to find.
  var JOINER = "\u2060";
  function inert(message) {
    return String(message).replace(/[$<&\\]/g, "$&" + JOINER);
  }

  // a failed answer in amis's shape, its message made inert
  function failed(message, data) {
    return { status: 1, msg: inert(message), data: data };
  }

  // toasts live in amis-ui (amis does not re-export them in the sdk); it is loaded with the
  // renderer, so it is asked for when a message is shown, not when this file runs
  function toastInert(message) {
    amisRequire("amis-ui").toast.error(message, { closeButton: true });
  }

  function toastError(message) {
    toastInert(inert(message));
  }

  // amis's own messages (a saved form, a refused request) are toasts too; each has a close
  // button, which is how they are all dismissed when the page changes: a message belongs to
  // the page it came from, and does not stack up over the next ones
  function notify(level, message, options) {
    var toast = amisRequire("amis-ui").toast;
    var show = toast[level] || toast.info;
    show(message, Object.assign({}, options || {}, { closeButton: true }));
  }

  function dismissToasts() {
    document.querySelectorAll(".cxd-Toast-close").forEach(function (close) {
      close.click();
    });
  }

  var TOKEN = "jijiao.token";
  var SESSION_REVOKED = 4401;
  var instance = null;
  var socket = null;

  function token() {
    return sessionStorage.getItem(TOKEN);
  }

  function authHeaders() {
    return token() ? { Authorization: "Bearer " + token() } : {};
  }

  // --- routing: "#/reviewSteps?kind=X" is the location {pathname: "/reviewSteps", search: "?kind=X"}

  function hashLocation() {
    var raw = window.location.hash.replace(/^#/, "") || "/";
    var q = raw.indexOf("?");
    return {
      pathname: q < 0 ? raw : raw.slice(0, q),
      search: q < 0 ? "" : raw.slice(q),
      hash: "",
      state: null,
    };
  }

  function normalize(to) {
    to = to || "";
    if (/^https?:\/\//.test(to)) return to;
    if (to[0] === "#") to = to.slice(1);
    var here = hashLocation();
    if (!to) return here.pathname + here.search;
    if (to[0] === "?") return here.pathname + to;
    if (to[0] !== "/") return here.pathname.replace(/[^/]*$/, "") + to;
    return to;
  }

  function isCurrentUrl(to) {
    return !!to && normalize(to).split("?")[0] === hashLocation().pathname;
  }

  function go(to, replace) {
    if (to === "goBack") return window.history.back();
    to = normalize(to);
    if (/^https?:\/\//.test(to)) {
      window.location.href = to;
    } else if (replace) {
      window.history.replaceState(null, "", "#" + to);
      locationChanged();
    } else {
      window.location.hash = to;
    }
  }

  // the page on screen: a change of its query (a list's filters kept in the address) is the
  // same page, whose reads must still be answered
  var shownPage = hashLocation().pathname;

  function locationChanged() {
    var location = hashLocation();
    if (location.pathname !== shownPage) {
      shownPage = location.pathname;
      abortPageReads();
      dismissToasts();
    }
    if (instance) instance.updateProps({ location: location });
  }

  // --- requests: the console adaptor answers amis's {status, msg, data}; GraphQL is mapped to it

  // a request sent without a value it needs is answered in a developer's words ("缺少必填变量
  // $id（ID!）"); the person reading the page is told what to do (the response keeps the detail)
  var INCOMPLETE = ["MISSING_VARIABLE", "MISSING_VALUE", "MISSING_ARGUMENT"];

  function messageOf(error) {
    var found = error.extensions || {};
    if (found.code === "GRAPHQL_VALIDATION_FAILED" && INCOMPLETE.indexOf(found.reason) >= 0) {
      return "请先填写或选择必填项";
    }
    return error.message;
  }

  function messagesOf(errors) {
    return errors
      .map(messageOf)
      .filter(function (message, i, all) {
        return all.indexOf(message) === i;
      })
      .join("；");
  }

  function fromGraphQL(body) {
    if (body.errors && body.errors.length) {
      var unauthenticated = body.errors.some(function (e) {
        return e.extensions && e.extensions.code === "UNAUTHENTICATED";
      });
      if (unauthenticated && token()) signOut();
      return failed(messagesOf(body.errors));
    }
    var data = body.data || {};
    var keys = Object.keys(data);
    for (var i = 0; i < keys.length; i++) {
      var payload = data[keys[i]];
      if (payload && Array.isArray(payload.errors) && payload.errors.length) {
        return failed(messagesOf(payload.errors), payload);
      }
    }
    return { status: 0, msg: "", data: keys.length === 1 ? data[keys[0]] : data };
  }

  // an input left empty is not given: GraphQL wants null, not "" (an untouched choice of an
  // enum would otherwise fail as an invalid value)
  function emptyToNull(value) {
    if (value === "") return null;
    if (Array.isArray(value)) return value.map(emptyToNull);
    if (value && typeof value === "object" && !(value instanceof Blob)) {
      var out = {};
      Object.keys(value).forEach(function (key) {
        out[key] = emptyToNull(value[key]);
      });
      return out;
    }
    return value;
  }

  // What amis reads for the page on screen (lists, a picker's options, a record) is aborted
  // and left unanswered when the page changes: amis 6.13 clears an item's errors when its
  // options arrive without checking that its form is still mounted ("Cannot modify …
  // [dead]"). Operations (mutations) are never aborted.
  var pageReads = [];

  function abortPageReads() {
    var reads = pageReads;
    pageReads = [];
    reads.forEach(function (controller) {
      controller.abort();
    });
  }

  function isCancel(error) {
    return !!error && error.name === "AbortError";
  }

  function reads(method, data) {
    if (method === "GET") return true;
    var query = data && typeof data.query === "string" ? data.query : "";
    return query !== "" && !/^\s*mutation\b/.test(query);
  }

  function fetcher(api) {
    var method = (api.method || "get").toUpperCase();
    var headers = Object.assign({}, api.headers || {}, authHeaders());
    var init = { method: method, headers: headers };
    if (method !== "GET" && method !== "HEAD") {
      if (api.data instanceof FormData) {
        init.body = api.data;
      } else {
        headers["Content-Type"] = "application/json";
        var data = api.data || {};
        if (api.url.indexOf("/graphql") === 0 && data.variables) {
          data = Object.assign({}, data, { variables: emptyToNull(data.variables) });
        }
        init.body = JSON.stringify(data);
      }
    }
    var graphql = api.url.indexOf("/graphql") === 0;
    var controller = null;
    if (reads(method, api.data)) {
      controller = new AbortController();
      init.signal = controller.signal;
      pageReads.push(controller);
    }
    // a read stays abortable until its body has been read: the headers can arrive before the
    // page changes and the body after it
    var settled = function () {
      if (controller) pageReads = pageReads.filter(function (c) { return c !== controller; });
    };
    var unanswered = function () {
      return new Promise(function () {});
    };
    return fetch(api.url, init).then(function (response) {
      if (response.status === 401) {
        settled();
        signOut();
        return { status: 200, headers: {}, data: { status: 401, msg: "会话已失效，请重新登录" } };
      }
      return response.json().then(function (body) {
        settled();
        if (controller && controller.signal.aborted) return unanswered();
        if (!graphql && body && body.status !== 0 && typeof body.msg === "string") {
          body = failed(body.msg, body.data);  // the list adaptor's refusal
        }
        return { status: 200, headers: {}, data: graphql ? fromGraphQL(body) : body };
      });
    }).catch(function (error) {
      settled();
      // a read of a page no longer shown is never answered: not every caller in amis takes a
      // rejection as a cancel, and an answer would land on its unmounted form
      if (isCancel(error)) return unanswered();
      throw error;
    });
  }

  // --- live data: one graphql-transport-ws connection, opened while a page subscribes

  function subscribe(query, onData) {
    if (!socket) {
      var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
      socket = graphqlWs.createClient({
        url: scheme + window.location.host + "/graphql",
        connectionParams: function () {
          return authHeaders();
        },
        on: {
          closed: function (event) {
            if (event && event.code === SESSION_REVOKED) signOut();
          },
        },
      });
    }
    return socket.subscribe(
      { query: query },
      {
        next: function (result) {
          if (result.data) onData(result.data);
        },
        error: function (error) {
          console.error("subscription failed", error);
        },
        complete: function () {},
      }
    );
  }

  function save(request) {
    return request.then(function (response) {
      if (!response.ok) {
        return response.json().then(function (body) {
          toastError(body.message || "下载失败");
        });
      }
      var disposition = response.headers.get("Content-Disposition") || "";
      var match = /filename\*=UTF-8''([^;]+)/.exec(disposition);
      var name = match ? decodeURIComponent(match[1]) : "导出.xlsx";
      return response.blob().then(function (blob) {
        var link = document.createElement("a");
        link.href = URL.createObjectURL(blob);
        link.download = name;
        document.body.appendChild(link);
        link.click();
        setTimeout(function () {
          URL.revokeObjectURL(link.href);
          link.remove();
        }, 1000);
      });
    });
  }

  function download(url) {
    if (!url) return;
    save(fetch(url, { headers: authHeaders() }));
  }

  // an admin's selected completion rows: one PDF with a page per person (the route refuses,
  // naming them, people who have not passed)
  function printCertificates(rows) {
    rows = rows || [];
    if (!rows.length) return toastError("请先勾选人员");
    var years = rows
      .map(function (row) {
        return row.year;
      })
      .filter(function (year, i, all) {
        return all.indexOf(year) === i;
      });
    if (years.length !== 1) return toastError("请只勾选同一年度的人员");
    var ids = rows
      .map(function (row) {
        return row.professionalId;
      })
      .join(",");
    download("/certificates/" + years[0] + ".pdf?ids=" + encodeURIComponent(ids));
  }

  // --- evidence shown inline: an <img> or <iframe> cannot send the session's header, so each
  // file is fetched with it and shown from a blob: URL of the type the server found in its
  // content (images and PDF only: nothing else is ever made a page); names are text

  var SHOWN_TYPES = /^(image\/(png|jpeg|gif|bmp)|application\/pdf)$/;

  function evidence(dom, data, path) {
    if (dom && dom.current !== undefined) dom = dom.current;  // amis's onUpdate hands a ref
    if (!dom) return;
    var files = dig(data, path) || [];
    var key = files
      .map(function (file) {
        return file.url;
      })
      .join(" ");
    if (dom.getAttribute("data-shown") === key && dom.childNodes.length) return;
    dom.setAttribute("data-shown", key);
    (dom.blobUrls || []).forEach(URL.revokeObjectURL);
    dom.blobUrls = [];
    dom.textContent = files.length ? "" : "未上传证明材料";
    files.forEach(function (file) {
      var figure = document.createElement("figure");
      var caption = document.createElement("figcaption");
      caption.textContent = file.filename;
      figure.appendChild(caption);
      dom.appendChild(figure);
      fetch(file.url, { headers: authHeaders() })
        .then(function (response) {
          if (!response.ok || !SHOWN_TYPES.test(file.mediaType)) throw new Error("unreadable");
          return response.blob();
        })
        .then(function (blob) {
          var url = URL.createObjectURL(new Blob([blob], { type: file.mediaType }));
          dom.blobUrls.push(url);
          var image = file.mediaType.indexOf("image/") === 0;
          var shown = document.createElement(image ? "img" : "iframe");
          shown.src = url;
          if (image) shown.alt = file.filename;
          else shown.title = file.filename;
          figure.appendChild(shown);
          var link = document.createElement("a");
          link.href = url;
          link.download = file.filename;
          link.textContent = "下载";
          caption.appendChild(document.createTextNode(" "));
          caption.appendChild(link);
        })
        .catch(function () {
          caption.appendChild(document.createTextNode("（无法读取）"));
        });
    });
  }

  // a form that started from a record holds its files as the record's objects ({id, filename}),
  // and new uploads as ids: the API takes ids
  function fileIds(api, path) {
    var keys = path.split(".");
    var data = api.data && api.data.variables ? api.data.variables : api.data;  // a GraphQL call
    var holder = dig(data, keys.slice(0, -1).join("."));
    var last = keys[keys.length - 1];
    if (holder && Array.isArray(holder[last])) {
      holder[last] = holder[last].map(function (file) {
        return file && typeof file === "object" ? file.id || file.value : file;
      });
    }
    return api;
  }

  // one row of a list answer, by id (a record's dialog reading it from its owner's list)
  function rowOf(payload, id) {
    if (payload.status !== 0) return payload;
    var found = (payload.data || []).filter(function (row) {
      return String(row.id) === String(id);
    })[0];
    return found ? { status: 0, msg: "", data: found } : failed("记录不存在或无权访问");
  }

  // --- pickers: a GraphQL answer (already in amis's shape) to select options

  function dig(value, path) {
    if (!path) return value;
    return path.split(".").reduce(function (at, key) {
      return at == null ? at : at[key];
    }, value);
  }

  function options(payload, listPath, labelPath, valuePath) {
    if (payload.status !== 0) return payload;
    var found = dig(payload.data, listPath) || [];
    return {
      status: 0,
      msg: "",
      data: {
        options: found.map(function (item) {
          // several paths ("a+b"): their values side by side, the empty ones left out
          var label = labelPath
            .split("+")
            .map(function (path) {
              return dig(item, path);
            })
            .filter(function (part) {
              return part !== null && part !== undefined && part !== "";
            })
            .join(" · ");
          return { label: label, value: dig(item, valuePath) };
        }),
      },
    };
  }

  // --- update forms (admin_ui/current.py): they open on the stored record and send only what
  // the user changed, since an update input reads a field left out as "unchanged"

  // a region code (GB/T 2260: province 370000, city 370100, district 370102) as the chain of
  // codes the province → city → district picker shows
  function regionChain(code) {
    if (typeof code !== "string" || !/^\d{6}$/.test(code)) return code;
    var chain = [code.slice(0, 2) + "0000", code.slice(0, 4) + "00", code];
    return chain
      .filter(function (item, i) {
        return chain.indexOf(item) === i;
      })
      .join(",");
  }

  // the record's values under the input's field names, and a copy of them (`recordAtOpen`)
  // that onlyChanged compares with; the values are data, shown and sent as they are
  function openRecord(payload, path, fields, chains) {
    if (payload.status !== 0) return payload;
    var record = dig(payload.data, path) || {};
    var values = {};
    Object.keys(fields).forEach(function (name) {
      var value = dig(record, fields[name]);
      if (value === undefined) return;
      values[name] = chains.indexOf(name) >= 0 ? regionChain(value) : value;
    });
    return {
      status: 0,
      msg: "",
      data: Object.assign({ recordAtOpen: Object.assign({}, values) }, values),
    };
  }

  function blank(value) {
    return value === null || value === undefined || value === "";
  }

  function same(a, b) {
    return (blank(a) && blank(b)) || JSON.stringify(a) === JSON.stringify(b);
  }

  // leaves out of the input each of `names` whose value is what the form opened with (an empty
  // field of a form with no record is left out too: never sent as "empty it")
  function onlyChanged(api, context, names) {
    var input = api.data && api.data.variables && api.data.variables.input;
    if (!input) return api;
    var opened = (context && context.recordAtOpen) || {};
    names.forEach(function (name) {
      if (name in input && same(context[name], opened[name])) delete input[name];
    });
    return api;
  }

  // --- imports: the route answers its report (or {code, message}) in its own shape

  function importReport(payload) {
    if (payload && payload.code) return failed(payload.message);
    (payload.failed || []).forEach(function (row) {
      row.text = row.reasons
        .map(function (r) {
          return r.column + "：" + r.message;
        })
        .join("；");
    });
    return { status: 0, msg: "", data: payload };
  }

  function fileOnly(api, context) {
    var body = new FormData();
    if (context && context.file) body.append("file", context.file);
    return Object.assign({}, api, { data: body });
  }

  // a file posted for a workbook in return (the failed rows of an import)
  function postDownload(url, file) {
    if (!file) return toastError("请先选择文件");
    var body = new FormData();
    body.append("file", file);
    save(fetch(url, { method: "POST", headers: authHeaders(), body: body }));
  }

  // --- sessions

  function signIn(answer) {
    if (!answer || !answer.token) return;
    sessionStorage.setItem(TOKEN, answer.token);
    window.history.replaceState(null, "", "#/");
    start();
  }

  // an operation that ends the other sessions (a password change) answers with a new token
  function adoptToken(answer) {
    if (answer && answer.token) sessionStorage.setItem(TOKEN, answer.token);
  }

  // another of the account's roles: the server ends this session and hands over one acting
  // in that role; the console is then generated again for it. The socket is left first: the
  // server closes an ended session's sockets as revoked, which would sign the console out.
  function switchRole(document, input) {
    if (socket) {
      socket.dispose();
      socket = null;
    }
    fetch("/graphql", {
      method: "POST",
      headers: Object.assign({ "Content-Type": "application/json" }, authHeaders()),
      body: JSON.stringify({ query: document, variables: { input: input } }),
    })
      .then(function (response) {
        return response.json();
      })
      .then(function (body) {
        var answer = fromGraphQL(body);
        if (answer.status !== 0) return toastInert(answer.msg);
        sessionStorage.setItem(TOKEN, answer.data.token);
        window.history.replaceState(null, "", "#/");
        start();
      });
  }

  function signOut() {
    sessionStorage.removeItem(TOKEN);
    if (socket) {
      socket.dispose();
      socket = null;
    }
    start();
  }

  function logout() {
    var done = function () {
      signOut();
    };
    fetch("/graphql", {
      method: "POST",
      headers: Object.assign({ "Content-Type": "application/json" }, authHeaders()),
      body: JSON.stringify({ query: "mutation { logout { ok } }" }),
    }).then(done, done);
  }

  // a phone-sized screen: a list keeps its key columns (the generator marks them, see
  // admin_ui/pages.py KEY_COLUMN) and starts with the others off, each still in the toggler;
  // dates take the desktop control (typed, or picked on a calendar)
  var NARROW = "(max-width: 600px)";
  var KEY_COLUMN = "console-key-column";
  var DATES = ["input-date", "input-datetime", "input-month", "input-year", "input-date-range"];

  function fillsIn(form) {
    return (form.body || []).some(function (control) {
      return typeof control.value === "string" && control.value.indexOf("${") >= 0;
    });
  }

  function forNarrowScreen(node) {
    if (Array.isArray(node)) return node.forEach(forNarrowScreen);
    if (!node || typeof node !== "object") return;
    var columns = node.type === "crud" && Array.isArray(node.columns) ? node.columns : null;
    // a date is typed or picked on a calendar, not only turned on three wheels
    if (DATES.indexOf(node.type) >= 0) node.useMobileUI = false;
    if (columns && columns.some(function (c) { return c.className === KEY_COLUMN; })) {
      columns.forEach(function (c) {
        if (c.type !== "operation" && c.className !== KEY_COLUMN) c.toggled = false;
      });
    }
    // a list's filters fold under a 查询条件 button when the list shows rows at once; a page
    // waiting for a search keeps its form open, and so does a form filling in a value of the
    // page's own (the caller's region: a folded form would not send it)
    if (node.type === "crud" && node.filter && node.initFetch !== false && !fillsIn(node.filter)) {
      node.filterTogglable = { label: "查询条件", activeLabel: "收起查询条件" };
      node.filterDefaultVisible = false;
      if (Array.isArray(node.headerToolbar) && node.headerToolbar.indexOf("filter-toggler") < 0) {
        node.headerToolbar = ["filter-toggler"].concat(node.headerToolbar);
      }
    }
    Object.keys(node).forEach(function (key) {
      forNarrowScreen(node[key]);
    });
  }

  // `data` (names of the viewer and its units) is the renderer's root data, which amis takes
  // as it is; in the schema it would be read as templates (admin_ui/bound.py)
  function mount(schema, data) {
    if (instance) instance.unmount();
    if (window.matchMedia(NARROW).matches) forNarrowScreen(schema);
    instance = embed.embed(
      "#root",
      schema,
      { location: hashLocation(), locale: "zh-CN", data: data },
      {
        fetcher: fetcher,
        notify: notify,
        updateLocation: go,
        jumpTo: function (to, action) {
          if (action && (action.blank || action.actionType === "url")) {
            window.open(normalize(to), "_blank");
          } else if (!isCurrentUrl(to)) {
            go(to, false);
          }
        },
        isCurrentUrl: isCurrentUrl,
        isCancel: isCancel,
        theme: "cxd",
        locale: "zh-CN",
      }
    );
  }

  function start() {
    var signedIn = !!token();
    var url = signedIn ? "/console/app.json" : "/console/login.json";
    fetch(url, { headers: authHeaders() })
      .then(function (response) {
        if (response.status === 401) {
          sessionStorage.removeItem(TOKEN);
          return null;
        }
        return response.json();
      })
      .then(function (answer) {
        if (answer === null) return start();
        mount(answer.schema, answer.data);
      });
  }

  window.addEventListener("hashchange", locationChanged);
  window.jijiao = {
    signIn: signIn,
    logout: logout,
    adoptToken: adoptToken,
    switchRole: switchRole,
    subscribe: subscribe,
    download: download,
    options: options,
    openRecord: openRecord,
    onlyChanged: onlyChanged,
    failed: failed,
    importReport: importReport,
    fileOnly: fileOnly,
    postDownload: postDownload,
    printCertificates: printCertificates,
    evidence: evidence,
    rowOf: rowOf,
    fileIds: fileIds,
  };
  start();
})();
