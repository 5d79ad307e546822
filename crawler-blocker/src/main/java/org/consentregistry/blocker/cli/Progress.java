package org.consentregistry.blocker.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.consentregistry.blocker.manifest.ManifestFilter;

/**
 * Reports malformed lines (the first {@value #SHOWN} in full, then a count) and, on a
 * terminal, a progress line redrawn on stderr at most four times a second.
 */
final class Progress implements ManifestFilter.Listener {

	static final int SHOWN = 20;

	private final PrintWriter err;

	private final boolean bar;

	private final long total;

	private final long startNanos = System.nanoTime();

	private long lastDraw;

	private long malformed;

	private boolean drawn;

	Progress(PrintWriter err, boolean bar, long totalBytes) {
		this.err = err;
		this.bar = bar;
		this.total = totalBytes;
	}

	@Override
	public void malformed(long line, String reason) {
		this.malformed++;
		if (this.malformed <= SHOWN) {
			clearBar();
			this.err.println("line " + line + ": malformed: " + reason);
		}
	}

	@Override
	public void progress(long lines, long bytes) {
		long now = System.nanoTime();
		if (!this.bar || now - this.lastDraw < 250_000_000L) {
			return;
		}
		this.lastDraw = now;
		double seconds = Math.max(1e-9, (now - this.startNanos) / 1e9);
		String percent = (this.total > 0) ? String.format(Locale.ROOT, "%3d%% ", bytes * 100 / this.total) : "";
		this.err.print(String.format(Locale.ROOT, "\r%s%,d lines  %,.0f lines/s  %,d malformed ", percent, lines,
				lines / seconds, this.malformed));
		this.err.flush();
		this.drawn = true;
	}

	/** Ends the progress line and says how many malformed lines were not shown. */
	void finish() {
		clearBar();
		if (this.malformed > SHOWN) {
			this.err.println("... and " + (this.malformed - SHOWN) + " more malformed lines (all in the dropped file)");
		}
		this.err.flush();
	}

	private void clearBar() {
		if (this.drawn) {
			this.err.print("\r\033[K");
			this.drawn = false;
		}
	}

}
