/** ingest-service. */
package org.borderwatch.ingest;
