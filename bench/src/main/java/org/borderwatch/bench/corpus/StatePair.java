package org.borderwatch.bench.corpus;

import java.util.List;

/**
 * Two neighbouring states and places on each side of their border, as the generator writes about them.
 *
 * @param placesA border places on A's side; placesB likewise
 * @param thirdParty an organization or state that comments, mediates or receives appeals
 */
record StatePair(Side a, Side b, List<String> placesA, List<String> placesB, String thirdParty, String borderName) {

    /** A state as an article names it: country name, adjective, capital, a ministry spokesperson. */
    record Side(String code, String name, String adjective, String capital, String spokesperson) {
    }

    static List<StatePair> table() {
        return List.of(
                pair("AM", "Armenia", "Armenian", "Yerevan", "Aram Torosyan", "AZ", "Azerbaijan", "Azerbaijani", "Baku",
                        "Leyla Abbasova", List.of("Sotk", "Jermuk", "Tegh", "Goris", "Vardenis"),
                        List.of("Kalbajar", "Lachin", "Zangilan"), "CSTO", "the Armenian-Azerbaijani border"),
                pair("KG", "Kyrgyzstan", "Kyrgyz", "Bishkek", "Almaz Imangaziev", "TJ", "Tajikistan", "Tajik",
                        "Dushanbe", "Rustam Nazarov", List.of("Kok-Tash", "Batken", "Leilek", "Kara-Bak"),
                        List.of("Vorukh", "Isfara", "Chorkuh"), "CSTO", "the Kyrgyz-Tajik frontier"),
                pair("IN", "India", "Indian", "New Delhi", "Arindam Bagchi", "CN", "China", "Chinese", "Beijing",
                        "Wang Wenbin", List.of("Galwan Valley", "Chushul", "Demchok", "Tawang"),
                        List.of("Rutog", "Shiquanhe"), "UN", "the Line of Actual Control"),
                pair("SD", "Sudan", "Sudanese", "Khartoum", "Nabil Abdallah", "ET", "Ethiopia", "Ethiopian",
                        "Addis Ababa", "Dina Mufti", List.of("Al Fashaga", "Gedaref", "Galabat"),
                        List.of("Metema", "Humera", "Gondar"), "IGAD", "the Sudanese-Ethiopian border"),
                pair("IL", "Israel", "Israeli", "Jerusalem", "Avi Levin", "LB", "Lebanon", "Lebanese", "Beirut",
                        "Nadim Karam", List.of("Metula", "Shlomi", "Kiryat Shmona"),
                        List.of("Kfar Kila", "Naqoura", "Marjayoun"), "UNIFIL", "the Blue Line"),
                pair("PK", "Pakistan", "Pakistani", "Islamabad", "Asim Rehman", "AF", "Afghanistan", "Afghan", "Kabul",
                        "Zabihullah Mujahid", List.of("Torkham", "Chaman", "Landi Kotal", "Kurram"),
                        List.of("Spin Boldak", "Nangarhar", "Khost"), "UN", "the Durand Line"),
                pair("TH", "Thailand", "Thai", "Bangkok", "Sansern Kaewkamnerd", "KH", "Cambodia", "Cambodian",
                        "Phnom Penh", "Phay Siphan", List.of("Kantharalak", "Sisaket", "Surin"),
                        List.of("Preah Vihear", "Oddar Meanchey", "Anlong Veng"), "ASEAN", "the Thai-Cambodian border"),
                pair("IN", "India", "Indian", "New Delhi", "Arindam Bagchi", "PK", "Pakistan", "Pakistani",
                        "Islamabad", "Asim Rehman", List.of("Uri", "Poonch", "Kupwara"),
                        List.of("Muzaffarabad", "Kotli", "Neelum Valley"), "UN", "the Line of Control"),
                pair("ER", "Eritrea", "Eritrean", "Asmara", "Yemane Meskel", "ET", "Ethiopia", "Ethiopian",
                        "Addis Ababa", "Dina Mufti", List.of("Badme", "Tserona", "Senafe"),
                        List.of("Zalambessa", "Adigrat", "Humera"), "AU", "the Eritrean-Ethiopian border"),
                pair("VE", "Venezuela", "Venezuelan", "Caracas", "Yvan Gil", "GY", "Guyana", "Guyanese",
                        "Georgetown", "Hugh Todd", List.of("Tumeremo", "Anacoco"), List.of("Eteringbang", "Essequibo"),
                        "CARICOM", "the Venezuelan-Guyanese border"),
                pair("RS", "Serbia", "Serbian", "Belgrade", "Ivica Dacic", "XK", "Kosovo", "Kosovo", "Pristina",
                        "Xhelal Svecla", List.of("Raska", "Kursumlija"), List.of("Jarinje", "Banjska", "Zubin Potok"),
                        "NATO", "the administrative line"),
                pair("KP", "North Korea", "North Korean", "Pyongyang", "Kim Yo Jong", "KR", "South Korea",
                        "South Korean", "Seoul", "Lee Sung-jun", List.of("Kaesong", "Panmunjom"),
                        List.of("Paju", "Cheorwon", "Yeonpyeong"), "UN", "the Demilitarized Zone"),
                pair("CN", "China", "Chinese", "Beijing", "Mao Ning", "BT", "Bhutan", "Bhutanese", "Thimphu",
                        "Tandi Dorji", List.of("Yadong"), List.of("Doklam", "Haa"), "UN", "the Doklam plateau"),
                pair("UZ", "Uzbekistan", "Uzbek", "Tashkent", "Yusup Kabuljanov", "KG", "Kyrgyzstan", "Kyrgyz",
                        "Bishkek", "Almaz Imangaziev", List.of("Sokh", "Rishtan"), List.of("Barak", "Kempir-Abad"),
                        "CSTO", "the Uzbek-Kyrgyz border"),
                pair("GR", "Greece", "Greek", "Athens", "Pavlos Marinakis", "TR", "Turkey", "Turkish", "Ankara",
                        "Oncu Keceli", List.of("Evros", "Kastanies"), List.of("Edirne", "Pazarkule"), "EU",
                        "the Evros river"));
    }

    private static StatePair pair(String codeA, String nameA, String adjA, String capA, String spokesA, String codeB,
            String nameB, String adjB, String capB, String spokesB, List<String> placesA, List<String> placesB,
            String thirdParty, String borderName) {
        return new StatePair(new Side(codeA, nameA, adjA, capA, spokesA), new Side(codeB, nameB, adjB, capB, spokesB),
                placesA, placesB, thirdParty, borderName);
    }
}
