/** query-service. */
package org.borderwatch.query;
