/** extract-service. */
package org.borderwatch.extract;
