package org.consentregistry.blocker.robots;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the values of non-standard group members, such as the IETF AI Preferences
 * {@code Content-Usage} rule, in the groups that apply to a crawler: the groups naming
 * its product token, else the {@code *} groups (RFC 9309 §2.2.1).
 */
final class GroupExtensions {

	private GroupExtensions() {
	}

	static List<String> values(List<RobotsLine> lines, String agent, String key) {
		List<String> specific = new ArrayList<>();
		List<String> global = new ArrayList<>();
		boolean inSpecific = false;
		boolean inGlobal = false;
		boolean everSpecific = false;
		boolean agentsClosed = false;
		for (RobotsLine line : lines) {
			if (line.kind() == RobotsLine.Kind.USER_AGENT) {
				if (agentsClosed) {
					inSpecific = false;
					inGlobal = false;
					agentsClosed = false;
				}
				String value = line.value();
				if (value.equals("*") || value.startsWith("* ")) {
					inGlobal = true;
				}
				else if (RobotsMatcher.productToken(value).equalsIgnoreCase(agent)) {
					inSpecific = true;
					everSpecific = true;
				}
				continue;
			}
			agentsClosed = true;
			if (line.kind() == RobotsLine.Kind.OTHER && line.key().equalsIgnoreCase(key)) {
				if (inSpecific) {
					specific.add(line.value());
				}
				else if (inGlobal) {
					global.add(line.value());
				}
			}
		}
		return List.copyOf(everSpecific ? specific : global);
	}

}
