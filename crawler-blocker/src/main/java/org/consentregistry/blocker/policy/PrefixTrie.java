package org.consentregistry.blocker.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * A radix tree over normalised URL prefixes: finding every prefix of a URL walks the URL
 * once, so a lookup costs O(length of the URL) whatever the number of prefixes. Filled by
 * {@link #add} while an index is built, then only read (it is published through a final
 * field and never changed afterwards).
 */
final class PrefixTrie {

	private final Node root = new Node("");

	/** Files {@code match} under {@code prefix}. */
	void add(String prefix, Match match) {
		Node node = this.root;
		int i = 0;
		while (i < prefix.length()) {
			int slot = node.find(prefix.charAt(i));
			if (slot < 0) {
				Node leaf = new Node(prefix.substring(i));
				node.insertChild(-(slot + 1), leaf);
				node = leaf;
				break;
			}
			Node child = node.children[slot];
			int common = commonLength(child.label, prefix, i);
			if (common < child.label.length()) {
				Node middle = new Node(child.label.substring(0, common));
				child.label = child.label.substring(common);
				middle.insertChild(0, child);
				node.children[slot] = middle;
				child = middle;
			}
			node = child;
			i += common;
		}
		node.add(match);
	}

	/**
	 * Passes every match filed under a prefix of {@code url} to {@code sink}, shortest
	 * first.
	 */
	void collect(String url, Consumer<Match> sink) {
		Node node = this.root;
		int i = 0;
		while (true) {
			if (node.matches != null) {
				node.matches.forEach(sink);
			}
			if (i == url.length()) {
				return;
			}
			int slot = node.find(url.charAt(i));
			if (slot < 0 || !url.startsWith(node.children[slot].label, i)) {
				return;
			}
			node = node.children[slot];
			i += node.label.length();
		}
	}

	private static int commonLength(String label, String key, int offset) {
		int max = Math.min(label.length(), key.length() - offset);
		int n = 0;
		while (n < max && label.charAt(n) == key.charAt(offset + n)) {
			n++;
		}
		return n;
	}

	private static final class Node {

		private static final char[] NO_KEYS = {};

		private static final Node[] NO_CHILDREN = {};

		private String label;

		private char[] keys = NO_KEYS;

		private Node[] children = NO_CHILDREN;

		private @Nullable List<Match> matches;

		Node(String label) {
			this.label = label;
		}

		/** The slot of the child starting with {@code c}, or -(insertion point) - 1. */
		int find(char c) {
			return Arrays.binarySearch(this.keys, c);
		}

		void insertChild(int at, Node child) {
			int n = this.keys.length;
			char[] keys = Arrays.copyOf(this.keys, n + 1);
			Node[] children = Arrays.copyOf(this.children, n + 1);
			System.arraycopy(keys, at, keys, at + 1, n - at);
			System.arraycopy(children, at, children, at + 1, n - at);
			keys[at] = child.label.charAt(0);
			children[at] = child;
			this.keys = keys;
			this.children = children;
		}

		void add(Match match) {
			if (this.matches == null) {
				this.matches = new ArrayList<>(1);
			}
			this.matches.add(match);
		}

	}

}
