package io.facadeswitch.api;

/** What a token may do: {@code read} may only read; {@code operate} may change the routing too. */
enum ApiRole { READ, OPERATE }
