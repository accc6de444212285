// Fetch helper for the portal's JSON API.
//
// Every request carries Accept-Language (the page language) and asks for JSON.
// Requests other than GET/HEAD carry X-CSRF-Token from sessionStorage "ks.csrf".
// Error responses (application/problem+json, RFC 9457) become an ApiError whose
// .problem holds the parsed body; a network failure becomes an ApiError with .network = true.

import { currentLang } from './i18n.js';

export const CSRF_STORAGE_KEY = 'ks.csrf';

export class ApiError extends Error {
  constructor(message, { status = 0, problem = null, network = false, cause } = {}) {
    super(message, cause ? { cause } : undefined);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.network = network;
  }
}

export function getCsrfToken() {
  try {
    return sessionStorage.getItem(CSRF_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function setCsrfToken(token) {
  try {
    if (token) {
      sessionStorage.setItem(CSRF_STORAGE_KEY, token);
    } else {
      sessionStorage.removeItem(CSRF_STORAGE_KEY);
    }
  } catch {
    // sessionStorage unavailable: the token from /api/auth/me is used instead.
  }
}

function isJson(contentType) {
  return /^application\/([\w.+-]+\+)?json\b/i.test(contentType || '');
}

async function readBody(response) {
  if (response.status === 204 || response.status === 205) {
    return null;
  }
  const text = await response.text();
  if (!text) {
    return null;
  }
  if (isJson(response.headers.get('Content-Type'))) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/**
 * Calls the API. options: method (default GET), body (sent as JSON), headers,
 * csrfToken (overrides the stored one), signal.
 * Resolves with the parsed body (null when empty); rejects with ApiError.
 */
export async function apiFetch(path, { method = 'GET', body, headers = {}, csrfToken, signal } = {}) {
  const upper = method.toUpperCase();
  const requestHeaders = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLang(),
  };
  if (body !== undefined) {
    requestHeaders['Content-Type'] = 'application/json';
  }
  if (upper !== 'GET' && upper !== 'HEAD') {
    const token = csrfToken || getCsrfToken();
    if (token) {
      requestHeaders['X-CSRF-Token'] = token;
    }
  }
  Object.assign(requestHeaders, headers);

  let response;
  try {
    response = await fetch(path, {
      method: upper,
      headers: requestHeaders,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    });
  } catch (error) {
    throw new ApiError('Network error', { network: true, cause: error });
  }

  const data = await readBody(response).catch(() => null);
  if (response.ok) {
    return data;
  }
  const problem =
    data && typeof data === 'object'
      ? data
      : { title: response.statusText || `HTTP ${response.status}`, status: response.status };
  const message = problem.detail || problem.title || `HTTP ${response.status}`;
  throw new ApiError(message, { status: response.status, problem });
}

export const apiGet = (path, options = {}) => apiFetch(path, { ...options, method: 'GET' });

export const apiPost = (path, body, options = {}) => apiFetch(path, { ...options, method: 'POST', body });
