/** How generated clients put values on the wire. */
package dev.corekit.runtime.http;
