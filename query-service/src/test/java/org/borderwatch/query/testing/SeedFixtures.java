package org.borderwatch.query.testing;

import static org.borderwatch.contract.EventType.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.ArticleIds;
import org.borderwatch.contract.CloudEventTypes;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.Extractor;
import org.borderwatch.contract.RawArticle;

/**
 * The five seed articles, and analyses of them written by hand from reading them and seeds/expected.json: what a
 * correct extractor gives. They test the read model's rules independently of the engine's current quality.
 */
public final class SeedFixtures {
    public static final String V1 = "1.0.0";
    public static final String[] FILES = {"000_69dd07f3f05ecfb2.txt", "001_5941315e2d007849.txt",
        "002_d53559031e0024ed.txt", "003_597146ce6dec93de.txt", "004_6f49573f0535d8b7.txt"};
    private static final String[] PUBLISHED = {"2021-05-13", null, null, "2022-09-13", null};

    private final Map<String, RawArticle> raws = new LinkedHashMap<>();

    public SeedFixtures() {
        for (int i = 0; i < FILES.length; i++) {
            String text = ArticleIds.normalize(read(FILES[i]));
            String id = ArticleIds.of(text);
            String title = text.lines().findFirst().orElse("").strip();
            raws.put(FILES[i], new RawArticle(1, id, title.length() > 120 ? title.substring(0, 120) : title, text,
                    PUBLISHED[i], i == 3 ? "Eurasia Business News" : null, null, null, FILES[i], "text/plain",
                    "2026-11-20T10:00:0" + i + "Z", text.length()));
        }
    }

    public static Path seedsDir() {
        for (Path p : List.of(Path.of("seeds"), Path.of("..", "seeds"), Path.of("..", "..", "seeds"))) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("seeds/ not found from " + Path.of("").toAbsolutePath());
    }

    private static String read(String file) {
        try {
            return Files.readString(seedsDir().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RawArticle raw(int i) {
        return raws.get(FILES[i]);
    }

    public String id(int i) {
        return raw(i).articleId();
    }

    public List<RawArticle> raws() {
        return new ArrayList<>(raws.values());
    }

    public List<ArticleAnalysis> analyses(String version) {
        List<ArticleAnalysis> out = new ArrayList<>();
        for (int i = 0; i < FILES.length; i++) {
            out.add(analysis(i, version));
        }
        return out;
    }

    public ArticleAnalysis analysis(int i, String version) {
        RawArticle r = raw(i);
        String t = r.text();
        List<Ev> evs = switch (i) {
            case 0 -> List.of(
                    Ev.of(t, INCURSION).in("The breach of Armenia’s border began on Wednesday").day("2021-05-12")
                            .by("AZ").against("AM").km(3.5).at("Syunik", "region", null, "AM", 39.5, 46.0),
                    Ev.of(t, INCURSION).in("they pushed their positions forward toward Vardenis").day("2021-05-13")
                            .by("AZ").against("AM").claimedBy("Armenia’s Defense Ministry", "AM", null)
                            .at("Vardenis", "settlement", "Gegharkunik", "AM", 40.18, 45.73)
                            .at("Sisian", "settlement", "Syunik", "AM", 39.52, 46.03),
                    Ev.of(t, TROOP_PRESENCE).in("more than 250 Azerbaijani troops").day("2021-05-13").party("AZ")
                            .troops(250, "more than").claimedBy("reports", null, null)
                            .at("Sev Lidj", "landmark", "Syunik", "AM", 39.56, 45.95),
                    Ev.of(t, APPEAL).in("has turned to the Collective Security Treaty Organization").day("2021-05-13")
                            .by("AM").appeal("AM", "CSTO", null),
                    Ev.of(t, CONSULTATION).in("discussed the situation along Armenia’s border during separate")
                            .day("2021-05-13").org("CSTO"),
                    Ev.of(t, STATEMENT).in("The CSTO is closely following the developments").day("2021-05-13")
                            .org("CSTO"),
                    Ev.of(t, MEETING).in("During a CSTO Council session on Thursday").day("2021-05-13").org("CSTO"),
                    Ev.of(t, DEMAND).in("has presented a demand to the Azerbaijani side").day("2021-05-13").by("AM")
                            .against("AZ").summary("withdraw to initial positions"),
                    Ev.of(t, ACCUSATION).in("accusing Baku of provoking a military conflict").day("2021-05-13")
                            .by("AM").against("AZ").summary("provoking a military conflict"));
            case 1, 4 -> {
                boolean copy = i == 4;
                List<Ev> list = new ArrayList<>();
                list.add(Ev.of(t, APPEAL).in(copy ? "after the May appeal of Armenia" : "has rejected an appeal from Yerevan")
                        .hint("--05").by("AM").appeal("AM", "CSTO", null));
                list.add(Ev.of(t, REJECTION).in(copy ? "is a “border incident” and does not fall" : "Calling it a “border incident,”")
                        .org("CSTO").claimedBy("Stanislav Zas", null, "CSTO").summary("a border incident"));
                list.add(Ev.of(t, CASUALTIES).in("Thank God, there are no casualties").negated().killed(0)
                        .claimedBy("Stanislav Zas", null, "CSTO"));
                list.add(Ev.of(t, CONSULTATION).in("held consultations on the situation").org("CSTO"));
                list.add(Ev.of(t, MISSION).in(copy ? "to form a monitoring group was not made" : "to form a monitoring mission was not made")
                        .negated().org("CSTO").claimedBy("Stanislav Zas", null, "CSTO"));
                list.add(Ev.of(t, INCURSION).in(copy ? "infringed into the sovereign territory" : "breached Armenia’s sovereign borders")
                        .hint("--05").by("AZ").against("AM")
                        .at("Syunik", "region", null, "AM", 39.5, 46.0)
                        .at("Gegharkunik", "region", null, "AM", 40.3, 45.3));
                if (!copy) {
                    list.add(Ev.of(t, CASUALTIES).in("Last month an Armenian soldier was killed").party("AM")
                            .civilian(false).killed(1).captured(6));
                    list.add(Ev.of(t, TROOP_PRESENCE).in("there are 1,000 Azerbaijani soldiers").party("AZ")
                            .troops(1000, null).claimedBy("Armenian officials", "AM", null));
                }
                yield list;
            }
            case 2 -> List.of(
                    Ev.of(t, APPEAL).in("The Armenian government appealed to the CSTO").day("2021-05").by("AM")
                            .appeal("AM", "CSTO", "Article 2"),
                    Ev.of(t, INCURSION).in("Azerbaijani troops reportedly crossed two sections").day("2021-05")
                            .by("AZ").against("AM"),
                    Ev.of(t, MEETING).in("who gathered for a regular session in Yerevan").org("CSTO"),
                    Ev.of(t, THREAT).in("implicitly threatened to resort to military action").by("AZ").against("AM"),
                    Ev.of(t, ACCUSATION).in("Citing continuing “aggressive statements” by Baku").by("AM")
                            .against("AZ").summary("continuing aggressive statements"));
            default -> List.of(
                    Ev.of(t, ATTACK).in("opened “intensive fire in the direction of the cities").day("2022-09-13")
                            .by("AZ").against("AM").weapons("artillery", "large-caliber arms", "small arms")
                            .claimedBy("Armenia’s Defense ministry", "AM", null)
                            .at("Goris", "settlement", "Syunik", "AM", 39.51, 46.34)
                            .at("Sotk", "settlement", "Gegharkunik", "AM", 40.2, 45.93)
                            .at("Jermuk", "settlement", "Vayots Dzor", "AM", 39.84, 45.67),
                    Ev.of(t, CLASH).in("hostilities broke out").day("2022-09-13").by("AZ").against("AM"),
                    Ev.of(t, CASUALTIES).in("during the escalation, 49 people died").day("2022-09-13").party("AM")
                            .killed(49).claimedBy("Nikol Pashinyan", "AM", null),
                    Ev.of(t, APPEAL).in("Security Council for help").day("2022-09-13").by("AM")
                            .appeal("AM", "CSTO", null),
                    Ev.of(t, APPEAL).in("Security Council for help").day("2022-09-13").by("AM")
                            .appeal("AM", "RU", null),
                    Ev.of(t, APPEAL).in("Security Council for help").day("2022-09-13").by("AM")
                            .appeal("AM", "UNSC", null),
                    Ev.of(t, MISSION).in("will lead the organization’s mission to Armenia").day("2022-09-13").org("CSTO"),
                    Ev.of(t, MONITORING).in("create a working group to constantly monitor").day("2022-09-13").org("CSTO"),
                    Ev.of(t, MEETING).in("an emergency meeting of the Permanent Council").day("2022-09-13").org("CSTO"),
                    Ev.of(t, CEASEFIRE).in("was able to negotiate a ceasefire").day("2022-09-13").mediator("RU"),
                    Ev.of(t, MEDIATION).in("was able to negotiate a ceasefire").day("2022-09-13").mediator("RU"),
                    Ev.of(t, ACCUSATION).in("the Azerbaijani military opened artillery fire").day("2022-09-13")
                            .by("AM").against("AZ").summary("opened artillery fire on Armenian territory"),
                    Ev.of(t, ACCUSATION).in("Azerbaijan said that Armenia shelled the positions").day("2022-09-13")
                            .by("AZ").against("AM").summary("shelled Azerbaijani positions first"),
                    Ev.of(t, ATTACK).in("fired at units of the Karabakh army").day("2022-03-26").background()
                            .by("AZ").weapons("drones"),
                    Ev.of(t, CLASH).in("the armed conflict that took place between September and October 2020")
                            .day("2020-09").background().by("AZ").against("AM")
                            .at("Stepanakert", "settlement", null, "AZ", 39.82, 46.75));
        };
        List<EventRecord> events = new ArrayList<>();
        for (int n = 0; n < evs.size(); n++) {
            events.add(evs.get(n).build(r.articleId(), version, n));
        }
        return new ArticleAnalysis(CloudEventTypes.SCHEMA_VERSION, r.articleId(), new Extractor("fixture", version),
                "2026-11-20T11:00:0" + i + "Z", r.published(), true, List.of("AM", "AZ"), events, List.of(), r.title(),
                r.outlet(), r.fileName(), r.ingestedAt());
    }
}
