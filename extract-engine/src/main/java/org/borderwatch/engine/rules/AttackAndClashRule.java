package org.borderwatch.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.contract.EventRecord.Actor;
import org.borderwatch.contract.EventType;
import org.borderwatch.engine.context.ReadingState;
import org.borderwatch.engine.context.SentenceTopics;
import org.borderwatch.engine.context.SentenceView;
import org.borderwatch.engine.text.GatedPattern;

/**
 * ATTACK (one side fires: "opened fire", "shelled", "drone strike"; at sea and in the air: "rammed", "fired water
 * cannon", "shot down", "seized three navy boats") with initiator and target, and CLASH (both
 * fight: "clashes", "exchange of fire") with the parties as members; both with the weapons named. Only in a
 * sentence with military or border words ("Kyrgyzstan struck back just before half-time" is football).
 */
public final class AttackAndClashRule implements Rule {

    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final double CONFIDENCE = 0.7;

    static final GatedPattern ATTACK = GatedPattern.compile("\\b(" + String.join("|",
            "opened (?:\\w+ )?fire",
            "opened “?(?:intensive )?fire",
            "shell(?:ed|ing|s)",
            "struck",
            "drone strikes?",
            "air ?strikes?",
            "air raids?",
            "bomb(?:ed|ing)",
            "fired (?:\\w+ly |first |back )?(?:at|on|upon|rockets|mortars|artillery|shells)",
            "(?:side|forces|troops|soldiers|guards) fired (?:indiscriminately|first)",
            "attack(?:ed|s)? (?:on|against)?",
            "bombard\\w*",
            "rocket (?:fire|attacks?)",
            "used (?:armed |combat |attack |heavy )?(?:drones|artillery|mortars|rockets|missiles|heavy weapons)",
            "launched (?:an? )?(?:attack|assault|offensive)",
            "ambush\\w*",
            // encounters at sea and in the air: a coast guard's water cannon or ramming, a jet or drone shot down
            "water[- ]cannons?",
            "rammed",
            "ramming",
            "(?:shot|shoots?) (?:\\w+ ){0,3}down",
            "shooting down",
            "shot dead",
            "collided with",
            "downed",
            "fired (?:\\w+ )?warning shots",
            "seized (?:\\w+ ){0,3}(?:ships?|vessels?|boats?|trawlers?|gunboats?|tugs?)",
            "targeted (?:\\w+ ){0,3}(?:positions?|posts?|bases?)") + ")", F);
    static final GatedPattern CLASH = GatedPattern.compile("\\b(" + String.join("|",
            "clash(?:es|ed)?",
            "exchange(?:s|d)? (?:of )?fire",
            "hostilities broke out",
            "skirmish\\w*",
            "fighting",
            "firefights?",
            "gunfights?",
            "shootouts?",
            "exchanged gunfire",
            "shooting") + ")", F);

    @Override
    public void apply(SentenceView v, ReadingState reading, Records records) {
        String t = v.text();
        Matcher attack = ATTACK.matcher(t);
        if (attack.find()) {
            add(v, EventType.ATTACK, attack, records);
        }
        Matcher clash = CLASH.matcher(t);
        if (clash.find() && !GatedPattern.lowered(t).contains("football")) { // the lower case the gates made
            add(v, EventType.CLASH, clash, records);
        }
    }

    private static void add(SentenceView v, EventType type, Matcher m, Records records) {
        String t = v.text();
        if (!SentenceTopics.strictlyMilitary(t) && !SentenceTopics.frontier(t)) {
            return; // "Kyrgyzstan struck back just before half-time"
        }
        List<Actor> actors = type == EventType.ATTACK ? attackActors(v, m) : clashMembers(v);
        boolean negated = Negation.negated(t, m);
        records.record(type, v, m.start(), FactKey.onePerSentence(type.name())).negated(negated).actors(actors)
                .weapons(Weapons.in(t)).placed().confidence(CONFIDENCE).add();
        AccusationRule.reportedAgainst(v, m, actors, negated, records);
    }

    /** The attacker: the state before the verb, unless the forces of another party are named as acting. */
    private static List<Actor> attackActors(SentenceView v, Matcher m) {
        List<Actor> actors = new ArrayList<>();
        String by = Mentions.partyBefore(v, m.start());
        String forces = Mentions.forcesOwner(v);
        if (forces != null && (by == null || !Mentions.subjectIsCountry(v, by, m.start()))) {
            by = forces;
        }
        if (by != null) {
            actors.add(new Actor("initiator", by, "armed_forces", by, null));
            String target = Mentions.otherParty(v, by, m.end());
            if (target != null) {
                actors.add(new Actor("target", target, "state", target, null));
            }
        }
        return actors;
    }

    private static List<Actor> clashMembers(SentenceView v) {
        List<Actor> actors = new ArrayList<>();
        for (String c : v.countries()) {
            if (v.article().isParty(c)) {
                actors.add(new Actor("member", c, "armed_forces", c, null));
            }
        }
        return actors;
    }
}
