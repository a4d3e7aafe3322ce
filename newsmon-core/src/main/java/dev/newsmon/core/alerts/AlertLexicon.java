package dev.newsmon.core.alerts;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Word classes the alert detector relies on. All entries are lower case. */
final class AlertLexicon {

    private AlertLexicon() {}

    static Set<String> set(String words) {
        Set<String> s = new HashSet<>();
        for (String w : words.trim().split("\\s+")) {
            if (!w.isEmpty()) {
                s.add(w.toLowerCase(Locale.ROOT).replace('_', ' '));
            }
        }
        return Set.copyOf(s);
    }

    /** Forces, armed men and their installations: what a military withdrawal moves. */
    static final Set<String> MILITARY = set("""
            troops troop forces force soldiers soldier military militaries army armies mission missions
            contingent contingents peacekeepers peacekeeper peacekeeping base bases personnel units unit
            brigade brigades battalion battalions division divisions marines navy naval ships warships fleet
            garrison garrisons deployment deployments presence occupation militia militias fighters men
            rebels rebel insurgents guerrillas guerillas militants aircraft missiles tanks intelligence
            settlements detail occupiers paratroopers commandos infantry artillery airmen sailors combat
            gunmen servicemen army's jets warplanes helicopters legionnaires mujahedin mujahideen
            frigates frigate destroyers submarines vessels warship carrier carriers squadron squadrons
            regiment regiments battlegroup battlegroups corps peacekeeping commitment
            """);

    /** Diplomats and envoys, and office holders pulled out of a government. */
    static final Set<String> DIPLOMATIC = set("""
            ambassador ambassadors envoy envoys diplomat diplomats embassy embassies consulate consulates
            staff ministers diplomatic consul consuls
            """);

    /** Bodies, agreements and processes that a state or group can leave (after "from", "of", "out of"). */
    static final Set<String> POLITICAL = set("""
            treaty treaties agreement agreements accord accords pact pacts protocol talks negotiations
            coalition alliance government cabinet ceasefire cease-fire truce bloc community union
            organization organisation npt kyoto convention process dialogue league federation nato
            conference framework deal council coaltion covenant charter regime arrangement commonwealth
            court opec membership armistice
            """);

    /** Objects that make a "withdrawal" not an analyst's withdrawal: money, sport, candidacies, bills. */
    static final Set<String> NON_MILITARY = set("""
            candidacy candidate candidates nomination nominee name race election elections vote voting polls
            poll ballot tournament championship championships cup games olympics olympic competition event
            match rally team squad season license licenses licence licences support funding funds fund money
            cash aid loan loans offer bill bills resolution charges case lawsuit suit complaint application
            bid recession crisis slump project program programme sponsor sponsors investors investment
            company companies firm firms businesses corporations multinationals contractors market markets gun keys survivors hairs hair pill powers attorney message
            settlers nationals citizens civilians refugees residents journalists workers agency agencies consideration
            deposits savings shares stake visa accreditation permission recognition ads advertising product
            products cars contract contracts request proposal statement remarks comments claim claims
            allegation allegations objection objections appeal
            gasoline distillate barrels crude oil stocks bonds credit subsidy subsidies benefits tariff
            tariffs concession concessions sanctions pledge invitation endorsement petition motion
            amendment legislation nominations primary primaries contest semifinal final finals open
            injury injuries tour club league's players player merger acquisition takeover buyout auction
            """);

    /** Words that, in a sentence without military words, show a sport or finance context. */
    static final Set<String> NON_MILITARY_CONTEXT = set("""
            tournament championship championships injury injured seed olympic olympics tennis football soccer
            match semifinal quarterfinal players player fund funds shares stock investors
            """);

    /** Generic places a force can leave. */
    static final Set<String> PLACE_NOUNS = set("""
            country territory territories region area areas town towns city cities village villages province
            provinces border island islands zone zones land lands strip valley oasis gulf peninsula capital
            soil camp camps positions position enclave enclaves settlement district districts mountains
            headquarters posts outposts checkpoints barracks compound compounds airbase airport port
            """);

    /** Subjects that count as a state, government or armed group when a verb has no military object. */
    static final Set<String> STATE_SUBJECTS = set("""
            government administration state regime israel syria usa ussr washington moscow damascus london
            paris tehran beijing ankara kabul baghdad jerusalem tokyo seoul delhi islamabad rome madrid warsaw
            kiev kyiv canberra ottawa cairo amman beirut riyadh khartoum addis nairobi pretoria manila
            hanoi taleban taliban hezbollah hamas farc eta ira ltte plo fatah al-qaida al-qaeda group
            nato alliance coalition country nation junta rebels militants insurgents forces troops soldiers
            army military
            """);

    /** Countries and regions (lower case, single or multi-word). */
    static final Set<String> PLACES = set("""
            afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
            bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil
            brunei bulgaria burkina burundi cambodia cameroon canada chad chile china colombia comoros congo
            croatia cuba cyprus czech denmark djibouti dominica ecuador egypt eritrea estonia ethiopia fiji
            finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti
            honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
            kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
            liechtenstein lithuania luxembourg macedonia madagascar malawi malaysia maldives mali malta
            mauritania mauritius mexico moldova monaco mongolia montenegro morocco mozambique myanmar burma
            namibia nauru nepal netherlands holland nicaragua niger nigeria norway oman pakistan palau panama
            paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia
            seychelles singapore slovakia slovenia somalia spain sri sudan suriname swaziland sweden
            switzerland syria taiwan tajikistan tanzania thailand togo tonga trinidad tunisia turkey
            turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia
            zimbabwe yugoslavia ussr chechnya kashmir gaza darfur kandahar helmand basra baghdad kabul mosul
            falluja fallujah tikrit beirut jericho ramallah bethlehem qalqilya hebron nablus jenin golan sinai
            abkhazia ossetia aceh kurdistan tibet timor sahara ogaden kivu ituri kosovo bekaa manas okinawa
            europe asia africa palestine uk britain england scotland wales america usa cyprus crimea donbas
            donetsk luhansk mali niger sahel balkans caucasus transnistria nagorno-karabakh karabakh
            faya-largeau mindanao jaffna kilinochchi waziristan swat tora bora
            """);

    /** Nationality adjectives (for "Israeli troops", "the Syrian pullout"). */
    static final Set<String> DEMONYMS = set("""
            afghan american british u.s. us soviet russian iraqi israeli syrian lebanese iranian turkish
            french german italian spanish polish dutch ukrainian japanese chinese korean indian pakistani
            ethiopian eritrean somali sudanese ugandan rwandan congolese kenyan nigerian libyan egyptian
            jordanian saudi kuwaiti australian canadian danish norwegian swedish finnish belgian portuguese
            greek cypriot georgian armenian azerbaijani chechen serbian serb croatian bosnian albanian
            macedonian romanian bulgarian hungarian czech slovak austrian swiss irish scottish filipino
            indonesian malaysian thai vietnamese cambodian burmese nepalese sri lankan bangladeshi
            mexican colombian venezuelan cuban brazilian chilean argentine peruvian salvadoran honduran
            nicaraguan guatemalan dominican haitian moroccan algerian tunisian mauritanian chadian
            palestinian kurdish yemeni omani emirati qatari bahraini south north western nato u.n. un
            foreign allied coalition multinational international european african arab ethiopian kyrgyz
            uzbek tajik kazakh mongolian taiwanese estonian latvian lithuanian belarusian moldovan
            new zealand ivorian liberian sierra angolan mozambican zimbabwean zambian tanzanian burundian
            """);
}
