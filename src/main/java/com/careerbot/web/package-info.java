/**
 * The REST API: JSON in and out for message parsing and chatting, RFC 9457 problem details for bad input.
 */
package com.careerbot.web;
