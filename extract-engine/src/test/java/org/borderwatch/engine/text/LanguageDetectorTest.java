package org.borderwatch.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.borderwatch.engine.text.LanguageDetector.Detection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Invented sentences (the project's own words): one border story told in each language the detector names. */
class LanguageDetectorTest {
    private static final LanguageDetector DETECTOR = LanguageDetector.standard();

    private static Detection detect(String text) {
        return DETECTOR.detect(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Les soldats des deux pays ont échangé des tirs à la frontière mardi, selon le ministère de la défense. Deux gardes ont été blessés et la situation reste tendue dans la région.
            es | Los soldados de los dos países intercambiaron disparos en la frontera el martes, según el ministerio de defensa. Dos guardias resultaron heridos y la situación sigue tensa en la zona.
            pt | Os soldados dos dois países trocaram tiros na fronteira na terça-feira, segundo o ministério da defesa. Dois guardas ficaram feridos e a situação continua tensa na região.
            it | I soldati dei due paesi hanno scambiato colpi di arma da fuoco al confine martedì, secondo il ministero della difesa. Due guardie sono state ferite e la situazione resta tesa nella zona.
            de | Die Soldaten der beiden Länder haben am Dienstag an der Grenze Schüsse ausgetauscht, teilte das Verteidigungsministerium mit. Zwei Grenzschützer wurden verletzt, und die Lage in der Region ist weiterhin angespannt.
            nl | De soldaten van beide landen hebben dinsdag aan de grens op elkaar geschoten, meldt het ministerie van defensie. Twee grenswachten raakten gewond en de situatie in het gebied blijft gespannen.
            tr | İki ülkenin askerleri salı günü sınırda ateş açtı ve savunma bakanlığı yaptığı açıklamada iki askerin yaralandığını söyledi. Bölgede durum gergin, ancak yeni bir çatışma olmadı.
            az | İki ölkənin hərbçiləri sərhəddə atışma edib, müdafiə nazirliyi bildirib. Bu hadisədə iki əsgər yaralanıb və bölgədə vəziyyət gərgin olaraq qalır, amma yeni toqquşma olmayıb.
            uz | Ikki davlat askarlari seshanba kuni chegarada otishma qildi, deb xabar berdi mudofaa vazirligi. Ikki askar yaralandi va hudud haqida yangi ma'lumot yo'q, lekin vaziyat tinch emas.
            id | Tentara dari kedua negara saling tembak di perbatasan pada hari Selasa, kata kementerian pertahanan. Dua penjaga terluka dan situasi di wilayah itu masih tegang karena belum ada pembicaraan.
            pl | Żołnierze obu państw wymienili ogień na granicy we wtorek, jak podało ministerstwo obrony. Dwóch strażników zostało rannych, a sytuacja w regionie jest nadal napięta i nie widać końca sporu.
            ro | Soldații celor două țări au schimbat focuri de armă la frontieră marți, potrivit ministerului apărării. Doi paznici au fost răniți și situația din regiune este în continuare tensionată.
            sw | Wanajeshi wa nchi hizo mbili walirushiana risasi mpakani siku ya Jumanne, wizara ya ulinzi ilisema. Walinzi wawili walijeruhiwa na hali katika eneo hilo bado ni ya wasiwasi.
            vi | Binh sĩ của hai nước đã đấu súng tại biên giới vào thứ Ba, theo bộ quốc phòng. Hai lính biên phòng bị thương và tình hình trong khu vực vẫn còn căng thẳng.
            ru | Военные двух стран обменялись огнём на границе во вторник, сообщило министерство обороны. Двое пограничников были ранены, обстановка в районе остаётся напряжённой.
            uk | Військові двох країн обмінялися пострілами на кордоні у вівторок, повідомило міністерство оборони. Двоє прикордонників отримали поранення, ситуація в районі залишається напруженою.
            kk | Екі елдің әскерилері сейсенбі күні шекарада атысып қалды, деп хабарлады қорғаныс министрлігі. Екі шекарашы жараланды, аймақтағы жағдай әлі де шиеленісті.
            sr | Војници две државе разменили су ватру на граници у уторак, саопштило је министарство одбране. Два граничара су рањена, а ситуација у региону остаје напета.
            bg | Войниците на двете държави си размениха огън на границата във вторник, съобщи министерството на отбраната. Двама гранични полицаи са ранени, а положението в района остава напрегнато.
            ar | تبادل جنود البلدين إطلاق النار على الحدود يوم الثلاثاء، وفقا لوزارة الدفاع. وأصيب اثنان من حرس الحدود، ولا يزال الوضع متوترا في المنطقة.
            fa | سربازان دو کشور روز سه‌شنبه در مرز به سوی یکدیگر تیراندازی کردند، وزارت دفاع گفت. دو مرزبان زخمی شدند و وضعیت در منطقه همچنان پرتنش است.
            ps | د دواړو هېوادونو سرتېرو د سه شنبې په ورځ په پوله ډزې وکړې، د دفاع وزارت وویل. دوه سرحدي ساتونکي ټپيان شول.
            ur | دونوں ملکوں کے فوجیوں نے منگل کو سرحد پر فائرنگ کا تبادلہ کیا، وزارت دفاع نے بتایا۔ دو سرحدی محافظ زخمی ہوئے اور علاقے میں صورتحال بدستور کشیدہ ہے۔
            he | חיילי שתי המדינות החליפו אש בגבול ביום שלישי, כך מסר משרד הביטחון. שני שומרי גבול נפצעו והמצב באזור נותר מתוח.
            el | Στρατιώτες των δύο χωρών αντάλλαξαν πυρά στα σύνορα την Τρίτη, σύμφωνα με το υπουργείο Άμυνας. Δύο συνοριοφύλακες τραυματίστηκαν.
            ka | ორი ქვეყნის ჯარისკაცებმა სამშაბათს საზღვარზე ცეცხლი გაცვალეს, განაცხადა თავდაცვის სამინისტრომ.
            hy | Երկու երկրների զինվորները երեքշաբթի օրը սահմանին կրակ են փոխանակել, հայտնել է պաշտպանության նախարարությունը։
            hi | दोनों देशों के सैनिकों ने मंगलवार को सीमा पर गोलीबारी की, रक्षा मंत्रालय ने कहा। दो सीमा रक्षक घायल हो गए।
            th | ทหารของทั้งสองประเทศยิงปะทะกันที่ชายแดนเมื่อวันอังคาร กระทรวงกลาโหมระบุ
            zh | 两国士兵周二在边境交火，国防部表示。两名边防人员受伤，该地区局势依然紧张。
            ja | 両国の兵士が火曜日に国境で銃撃戦を行ったと、国防省が発表した。国境警備隊員二人が負傷した。
            ko | 두 나라 군인들이 화요일 국경에서 총격전을 벌였다고 국방부가 밝혔다.
            am | የሁለቱ አገሮች ወታደሮች ማክሰኞ በድንበር ላይ ተኩስ ተለዋወጡ ሲል የመከላከያ ሚኒስቴር አስታወቀ።
            ti | ወተሃደራት ክልቲአን ሃገራት ብሰሉስ ኣብ ዶብ ተታኲሶም፡ ሚኒስትሪ ምክልኻል ኣፍሊጡ።
            """)
    void namesTheLanguageOfAStoryInIt(String language, String text) {
        Detection detection = detect(text);
        assertEquals(language, detection.language(), text);
        assertTrue(detection.confidence() > 0.5, "sure of it: " + detection);
    }

    @Test
    void anEnglishStoryIsEnglish() {
        Detection detection = detect("Troops of the two neighbours exchanged fire overnight near a disputed hill, the "
                + "defence ministry said on Tuesday. Two soldiers were wounded, according to a statement from the army.");
        assertEquals("en", detection.language());
        assertTrue(detection.confidence() > 0.9, detection.toString());
    }

    @Test
    void pageClutterAroundAnEnglishStoryLeavesItEnglish() {
        assertEquals("en", detect("""
                Skip to main content
                Menu | Home | World | Politics | Sport
                Support our journalism: donate today
                Troops from the two neighbours exchanged fire overnight near a disputed hill, the defence ministry \
                said on Tuesday. Two soldiers were wounded, according to a statement.
                Related topics
                Most read
                """).language());
    }

    @Test
    void foreignNamesAndAQuoteInRussianLeaveAnEnglishStoryEnglish() {
        assertEquals("en", detect("Residents of Novoye Selo and Staraya Derevnya said shells fell near the school, and "
                + "the head of the Sayram district, Abdulla Karimov, told reporters that the village had no shelter. "
                + "\"Мы не спали всю ночь,\" one woman said. The ministry in Tashkent said it was looking into it.")
                .language());
    }

    @Test
    void aPhotoCaptionInSpanishLeavesAnEnglishStoryEnglish() {
        assertEquals("en", detect("""
                Soldados en la frontera, cerca del puesto de control, el 3 de mayo. (Photo: Agency)
                The army said it had sent more troops to the border after a patrol was fired on from across the \
                river. The ministry called the shooting a provocation and said it would respond.
                """).language());
    }

    @Test
    void aSpanishDatelineLeavesAnEnglishStoryEnglish() {
        assertEquals("en", detect("QUITO, 20 de marzo de 2017 - Ecuador said on Monday that soldiers from the "
                + "neighbouring country had crossed the border near a river post, and the foreign ministry sent a "
                + "note of protest.").language());
    }

    @Test
    void aShortEnglishTextIsEnglish() {
        assertEquals("en", detect("Shots fired at the border post").language());
        Detection headline = detect("Border clash reported");
        assertEquals("en", headline.language(), "no function word at all: English, the engine's language");
        assertTrue(headline.confidence() < 0.5, "and said to be a guess: " + headline);
    }

    @Test
    void aFewForeignWordsAreNotEnoughForAnotherLanguage() {
        // two Spanish function words and no English ones: below the three a language needs
        assertEquals("en", detect("Frontera del norte: los hechos").language());
    }

    @Test
    void aRussianStoryBehindAnEnglishMenuIsRussian() {
        Detection detection = detect("Home | News | Sport | Subscribe\nВоенные двух стран обменялись огнём на границе "
                + "во вторник, сообщило министерство обороны. Двое пограничников были ранены.");
        assertEquals("ru", detection.language());
    }

    @Test
    void aNameOfAnotherLanguageInsideARussianStoryLeavesItRussian() {
        // one Ukrainian letter (ї) in a place name does not make the story Ukrainian
        assertEquals("ru", detect("Военные двух стран обменялись огнём на границе во вторник, сообщили в Києві. "
                + "Двое пограничников были ранены, обстановка в районе остаётся напряжённой.").language());
    }

    @Test
    void aChinesePageIsNotOutvotedByItsLatinMenu() {
        assertEquals("zh", detect("Home News World Video Login\n两国士兵周二在边境交火，国防部表示。").language());
    }

    @Test
    void aTextWithoutLettersIsUndetermined() {
        assertEquals(new Detection("und", 0), detect("2024-05-01 12:30 | 17 / 42 --"));
        assertEquals(new Detection("und", 0), detect(""));
    }

    @Test
    void onlyTheStartOfALongTextIsRead() {
        String english = "The ministry said two soldiers were wounded at the border on Tuesday. ".repeat(80);
        String french = "Les soldats des deux pays ont échangé des tirs à la frontière, selon le ministère. ".repeat(200);
        assertTrue(english.length() > LanguageDetector.MAX_CHARS);
        assertEquals("en", detect(english + french).language(), "the French after the first 4 KB is not read");
        assertEquals("fr", detect(french + english).language());
    }
}
