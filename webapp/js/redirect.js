// The one place that decides where the portal may send the browser after an action, when the target comes from
// the address bar (?next=...). Only a path of this portal is followed; anything else gives the fallback.

const UNSAFE = /[\\\u0000-\u001f\u007f\s]/;

/**
 * The target as a same-origin path ("/page.html?x=1#y"), or the fallback. Refused: anything not starting with a
 * single "/", "//" and "/\" (other hosts), backslashes, control characters and spaces, schemes, and the same in
 * percent-encoded form (the value is checked again after decoding, until it no longer changes).
 */
export function safeNext(target, fallback) {
  if (typeof target !== 'string' || target.length === 0 || target.length > 2000) {
    return fallback;
  }
  let value = target;
  for (let i = 0; i < 4; i += 1) {
    if (!value.startsWith('/') || value.startsWith('//') || UNSAFE.test(value)) {
      return fallback;
    }
    let decoded;
    try {
      decoded = decodeURIComponent(value);
    } catch {
      return fallback;
    }
    if (decoded === value) {
      break;
    }
    value = decoded;
  }
  let url;
  try {
    url = new URL(target, window.location.origin);
  } catch {
    return fallback;
  }
  if (url.origin !== window.location.origin) {
    return fallback;
  }
  return url.pathname + url.search + url.hash;
}

/** The safe target of the page's ?next= parameter, or the fallback. */
export function nextFromQuery(fallback) {
  return safeNext(new URLSearchParams(window.location.search).get('next'), fallback);
}
