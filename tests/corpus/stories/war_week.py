"""A week of one fictional war, told by three fictional outlets: five events that share the
same country, army, rebels, commander and cities (the hard case for story clustering).

Every outlet, place and person here is invented for the tests.
"""

from __future__ import annotations

OUTLETS = ("Northwind Herald", "Free Orlenn Radio", "Meridian Wire")

# (event, day of March 2031, outlet, title, body)
WAR_WEEK: list[tuple[str, int, str, str, str]] = [
    (
        "market",
        3,
        "Meridian Wire",
        "Shelling kills 14 at Vessa grain market",
        "Artillery shells struck the covered grain market in Vessa on Monday morning, killing "
        "14 people and wounding dozens, hospital staff said. The market was crowded with "
        "farmers selling wheat before the spring sowing. The Orlenn army and the rebels of "
        "Commander Ilvar Dost blamed each other for the shelling. Fighting in the east of the "
        "country has intensified since the winter.",
    ),
    (
        "market",
        3,
        "Northwind Herald",
        "Rebel artillery hits crowded Vessa market",
        "Terrorists loyal to Ilvar Dost shelled the Vessa grain market, the Ministry of Defence "
        "said, leaving 14 civilians dead among the wheat stalls. Army units returned fire on "
        "rebel positions outside the city. Doctors at Vessa hospital appealed for blood donors "
        "as the wounded arrived from the market.",
    ),
    (
        "market",
        4,
        "Free Orlenn Radio",
        "Vessa market massacre: army shells blamed",
        "Residents of Vessa buried the victims of the market shelling on Tuesday. The death "
        "toll rose to 16, according to the city's volunteer medics, who said the shells came "
        "from army batteries. Commander Dost's fighters denied any role in the attack on the "
        "grain market and called for an international inquiry.",
    ),
    (
        "exchange",
        4,
        "Meridian Wire",
        "Orlenn army and rebels swap 40 prisoners at Dorn crossing",
        "The Orlenn army and the rebels exchanged 40 prisoners at the Dorn river crossing on "
        "Tuesday, in a swap mediated by the Red Lantern Society. Buses carried the freed men "
        "across the bridge one by one. It was the first exchange since the autumn, and "
        "relatives waited for hours in the cold on both banks.",
    ),
    (
        "exchange",
        4,
        "Free Orlenn Radio",
        "Forty of our fighters come home in Dorn prisoner exchange",
        "Forty fighters held by the regime returned home across the Dorn bridge in an exchange "
        "brokered by the Red Lantern Society, Commander Ilvar Dost said. Families embraced the "
        "freed prisoners as the buses arrived. Dost thanked the mediators and said more swaps "
        "would follow.",
    ),
    (
        "exchange",
        5,
        "Northwind Herald",
        "Soldiers freed as terrorists release captives at Dorn",
        "Twenty soldiers and twenty civilians were freed at the Dorn crossing in exchange for "
        "jailed militants, the Ministry of Defence confirmed. The Red Lantern Society "
        "supervised the handover on the bridge. The ministry said the swap did not mean "
        "recognition of the rebels.",
    ),
    (
        "talks",
        5,
        "Meridian Wire",
        "Ceasefire talks in Lirr collapse as rebel delegation walks out",
        "Peace talks in the capital Lirr broke down on Wednesday when the rebel delegation "
        "walked out of the conference hall, diplomats said. The two sides had met for three "
        "days to discuss a ceasefire along the eastern front. Foreign envoys urged both sides "
        "to return to the negotiating table.",
    ),
    (
        "talks",
        5,
        "Northwind Herald",
        "Rebels abandon Lirr peace conference",
        "The rebel negotiators left the Lirr peace conference without signing the ceasefire "
        "text, the foreign ministry said, accusing them of bad faith. The government delegation "
        "remained in the hall and said it was ready to resume the negotiations.",
    ),
    (
        "talks",
        6,
        "Free Orlenn Radio",
        "Why our delegation left the Lirr negotiations",
        "Commander Dost's envoy explained the walkout from the ceasefire negotiations in Lirr: "
        "the government refused to discuss the withdrawal of army troops from the eastern "
        "front. The delegation said the conference would resume only under foreign mediation.",
    ),
    (
        "power",
        6,
        "Meridian Wire",
        "Drone strike knocks out Vessa power station",
        "A drone strike set fire to the Vessa power station on Thursday night, cutting "
        "electricity across the city, the grid operator said. Firefighters fought the blaze at "
        "the turbine hall until dawn. The army and the rebels traded accusations over the "
        "attack. Hospitals switched to generators.",
    ),
    (
        "power",
        7,
        "Free Orlenn Radio",
        "Vessa in darkness after strike on power plant",
        "Vessa spent a second night without electricity after drones hit the power plant, "
        "engineers said. Water pumps stopped in the northern districts. Commander Dost said his "
        "fighters had no drones in the area and blamed the army for the blackout.",
    ),
    (
        "power",
        7,
        "Northwind Herald",
        "Terrorist drones cause blackout in Vessa",
        "Rebel drones attacked the Vessa power station, the Ministry of Defence said, leaving "
        "the city in a blackout. Grid engineers expect to restore electricity to hospitals "
        "first. The turbine hall was badly damaged by the fire.",
    ),
    (
        "convoy",
        8,
        "Meridian Wire",
        "Aid convoy reaches besieged Harrow after two weeks",
        "A convoy of 30 trucks carrying flour, medicine and fuel reached the besieged town of "
        "Harrow on Saturday, the first aid to arrive in two weeks, relief workers said. The "
        "trucks crossed the front line under a local truce. Residents queued for bread outside "
        "the town hall.",
    ),
    (
        "convoy",
        8,
        "Free Orlenn Radio",
        "Thirty trucks of aid enter Harrow",
        "Thirty trucks of flour and medicine entered Harrow, where the army siege has cut "
        "supplies for a fortnight, the relief workers said. Bakeries reopened within hours and "
        "families queued at the town hall for rations.",
    ),
    (
        "convoy",
        8,
        "Northwind Herald",
        "Government allows humanitarian convoy into Harrow",
        "The government let a humanitarian convoy of 30 trucks through to Harrow, the "
        "Ministry of Defence said, after rebels agreed to a local truce along the road. Relief "
        "workers unloaded flour and medicine at the town hall.",
    ),
]


def newsplease_records() -> list[tuple[str, dict]]:
    """(file name, news-please JSON object) for each article, as a crawler would write them."""
    out = []
    for n, (_event, day, outlet, title, body) in enumerate(WAR_WEEK):
        domain = outlet.lower().replace(" ", "") + ".example"
        out.append(
            (
                f"war-{n:02d}.json",
                {
                    "title": title,
                    "maintext": body,
                    "date_publish": f"2031-03-{day:02d} {8 + n % 10:02d}:00:00",
                    "source_domain": domain,
                    "url": f"https://{domain}/2031/03/{day:02d}/{n}",
                    "language": "en",
                },
            )
        )
    return out
