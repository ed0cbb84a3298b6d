/**
 * The HTTP front ends: the integration API (JSON in and out, RFC 9457 problem details for bad input, an optional API
 * key), the web page's chat with server-issued sessions, and the limits and headers in front of every endpoint.
 */
package com.careerbot.web;
