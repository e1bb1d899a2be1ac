import Foundation
import Testing
import VigilModel
import VigilText
@testable import VigilGeo

/// The reference article's four bases, in sentences written like it.
@Suite struct SeedArticleTests {
    let geocoder: Geocoder

    init() throws { geocoder = try Geocoder.loadDefault() }

    @Test func explainsSeed() throws {
        let text = """
            ERBIL, Kurdistan Region - A pro-Iran Iraqi militia group on Monday claimed to have targeted four US military bases in Iraq and Syria with drones.
            The Islamic Resistance in Iraq, a network of shadow Iraqi militia groups affiliated with Iran’s Islamic Revolutionary Guard Corps (IRGC), said in a statement that it carried out six drone attacks, three of which targeted the Ain al-Asad base in Iraq’s Anbar province. The other three strikes targeted the US base near Erbil International Airport, and the Tel Baydar and al-Tanf bases in northeast Syria.
            US troops in western Iraq, the Kurdistan Region, and Syria have been the target of a series of rocket and drone attacks by pro-Iran militias since mid-October, in response to Washington supporting Israel in its war against the Palestinian Hamas movement in the Gaza Strip.
            Pentagon Spokesman Brigadier General Pat Ryder told journalists on Monday that a total of 38 attacks were conducted on US troops since October 17, 20 in Iraq and 18 in Syria.
            The attacks come a day after US Secretary of State Antony Blinken made an unannounced visit to Baghdad, where he met with Iraqi Prime Minister Mohammed Shia’ al-Sudani.
            """
        print(geocoder.explain(text, dateline: "ERBIL, Kurdistan Region"))
    }
}
