"""The engine scored against the shared annotations: seeds must be perfect, dev has a rising floor."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from monitor.extract import extract

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "tools" / "score_extract.py"
SEEDS = SHARED / "fixtures" / "seeds"
DEV = SHARED / "fixtures" / "reports" / "dev.jsonl"
DATA = Path(__file__).resolve().parent / "data"

#: Floors that only go up: the dev scores achieved, rounded down a little.
DEV_FIGURES_F1 = 0.97
DEV_PLACES_F1 = 0.95
#: The same for each held-out set, tests/data/extract_<name>.jsonl: (figures F1, places F1). Every set from the
#: second on was written blind to the rules and scored before any rule was changed for it; the comments give those
#: blind scores (docs/extract.md tells each set's story).
HOLDOUT_FLOORS: dict[str, tuple[float, float]] = {
    "holdout": (0.99, 0.97),
    "holdout2": (0.96, 0.93),  # session 11: 0.855 / 0.875
    "holdout3": (0.97, 0.95),  # session 12, wire copy on aggregator sites like the dev set's: 0.833 / 0.93
    "holdout4": (0.98, 0.95),  # session 12, after the rules for the third: 0.893 / 0.85
    "holdout5": (0.95, 0.94),  # session 13, more Russian-side, older and multi-attack reports: 0.820 / 0.89
    "holdout6": (0.97, 0.94),  # session 13, many reports of two attacks or more: 0.829 / 0.92
    "holdout7": (0.98, 0.88),  # session 14, while the rules for the sixth were written: 0.887 / 0.87
    "holdout8": (0.92, 0.92),  # session 15: 0.796 / 0.89
    "holdout9": (0.95, 0.95),  # session 15, wire copy and live blogs, after the rules for the eighth: 0.855 / 0.88
    "holdout10": (0.97, 0.96),  # session 16, a week's digest, nights told by their dates: 0.877 / 0.91
    "holdout11": (0.98, 0.96),  # session 17, reports of 2022-2023: 0.884 / 0.89
    "holdout12": (0.98, 0.96),  # session 17, reports of 2024-2026: 0.873 / 0.93
    "holdout13": (0.99, 0.93),  # session 18, oblast round-ups, Russian governors, tolls that rise: 0.868 / 0.91
    "holdout14": (0.94, 0.92),  # session 19, half of 2022-2023: barrages on the grid, recalled nights: 0.802 / 0.82
    "holdout15": (0.96, 0.96),  # session 20, 2022-2026, tolls updated, kinds listed with their fates: 0.863 / 0.92
    "holdout16": (0.99, 0.93),  # session 20, longer wire stories, oblast round-ups: 0.869 / 0.90
    "holdout17": (0.96, 0.95),  # session 21, the invasion's first weeks to 2026, live blogs: 0.862 / 0.86
    "holdout18": (0.99, 0.96),  # session 21, regional outlets, governors' posts, decoys: 0.871 / 0.91
    "holdout19": (0.98, 0.95),  # session 22, live pages, explainers, regional chiefs' lists: 0.940 / 0.92
    "holdout20": (0.99, 0.89),  # session 22, long wire stories, Russian outlets: 0.874 / 0.83
    "holdout21": (0.95, 0.92),  # session 23, regional desks, Russian digests, mixed lengths: 0.812 / 0.87
    "holdout22": (0.97, 0.92),  # session 24, 2022-2026, live blogs, Ukrainian outlets in English, mayors: 0.898 / 0.87
    "holdout23": (0.99, 0.97),  # session 24, aggregators, explainers, Russian outlets, glide bombs: 0.877 / 0.92
    "holdout24": (0.95, 0.93),  # session 25, live blogs, regional desks, DSNS, rail, energy, Shahed waves: 0.865 / 0.90
    "holdout25": (0.99, 0.94),  # session 25, wire flashes, Russian cities, UN monitors, councils, ranges: 0.887 / 0.90
    "holdout26": (0.97, 0.95),  # session 26, newsletters, companies, Crimea, FPV, KABs, fact-checks: 0.865 / 0.91
    "holdout27": (0.98, 0.95),  # session 27, live blogs, ports, border governors, grid, lists: 0.890 / 0.92
    "holdout28": (0.94, 0.88),  # session 28, Kyiv districts, KAB waves, rail, Crimea, tolls over days: 0.854 / 0.81
    "holdout29": (0.97, 0.95),  # session 29, energy, ports, the west, MoD time windows, UN monitors: 0.908 / 0.91
    "holdout30": (0.94, 0.90),  # session 30, Kharkiv's districts, KABs, F-16s, MoD by hours, airfields: 0.842 / 0.89
    "holdout31": (0.98, 0.94),  # session 31, Odesa ports, Dnipropetrovsk, the west, lists, refineries: 0.925 / 0.91
    "holdout32": (0.97, 0.92),  # session 32, Kharkiv's KABs, Sumy, Kherson's villages, Crimea, sea drones: 0.889 / 0.89
    "holdout33": (0.99, 0.93),  # session 33, ports, Kryvyi Rih, the west, Russian governors, deep strikes: 0.916 / 0.90
    "holdout34": (0.95, 0.91),  # session 34, Kyiv oblast, Sumy, Kherson, Donetsk, Moscow, Crimea, UN: 0.877 / 0.86
    "holdout35": (0.97, 0.89),  # session 34, Kharkiv oblast, hromadas, Russian regions, rail, live blogs: 0.942 / 0.85
    "holdout36": (0.98, 0.93),  # session 35, the west, the centre, occupied cities, MoD by hours: 0.913 / 0.94
    "holdout37": (0.94, 0.82),  # session 36, the south, Sumy, Donetsk oblast, Russian border, early war: 0.878 / 0.78
    "holdout38": (0.94, 0.92),  # session 37, the west, the centre, deep strikes, dash tables, live blogs: 0.854 / 0.91
    "holdout39": (0.99, 0.92),  # session 38, the south and east, occupied towns, Russian outlets: 0.957 / 0.88
    "holdout40": (0.99, 0.95),  # session 39, Kyiv and the north, factboxes and digests by date, governors: 0.812 / 0.88
    "holdout41": (0.97, 0.90),  # session 40, ports and the south, lists by type, a week's review by day: 0.836 / 0.84
    "holdout42": (0.99, 0.95),  # session 41, the centre and west, neighbours' airspace, TASS, Q&A layouts: 0.928 / 0.93
    "holdout43": (0.96, 0.91),  # session 42, the south and the border, anniversaries, clock timelines: 0.803 / 0.83
    "holdout44": (0.95, 0.88),  # session 43, Donetsk, Moscow, spaced thousands, nights in turn: 0.814 / 0.81
    "holdout45": (0.99, 0.93),  # session 44, Dnipro and Poltava, Air Force formulas, governors' splits: 0.845 / 0.85
    "holdout46": (0.99, 0.93),  # session 45, Mykolaiv, Sumy, both sides' deep strikes, casualty words: 0.920 / 0.89
    "holdout47": (0.99, 0.92),  # session 46, Ukraine's missiles told by Moscow, decoys, threads: 0.903 / 0.89
    "holdout48": (0.97, 0.91),  # session 47, Q&As, infographics, live pages newest first: 0.787 / 0.72
    "holdout49": (0.97, 0.91),  # session 48, newsletters, UN briefings, ISW-style takeaways, waves: 0.887 / 0.85
    "holdout50": (0.97, 0.94),  # session 49, lightning one-liners, podcasts, fact-checks, "|" tables: 0.891 / 0.88
    "holdout51": (0.96, 0.89),  # session 50, SMS alerts, court and insurance copy, editorials, ranges: 0.849 / 0.81
    "holdout52": (0.97, 0.91),  # session 51, bilingual captions, Q&A explainers, letters, fractions: 0.846 / 0.80
    "holdout53": (0.98, 0.95),  # session 52, WHAT TO KNOW boxes, sports pages, markdown tables, x3 counts: 0.837 / 0.90
    "holdout54": (0.97, 0.93),  # session 53, podcasts, timeline tables, diaries, sitreps, baker's dozens: 0.849 / 0.86
    "holdout55": (0.97, 0.91),  # session 54, fact boxes, parish notices, outage schedules, gross counts: 0.814 / 0.82
    "holdout56": (0.93, 0.86),  # session 55, newsletters, clinic notices, quizzes, OSINT threads: 0.829 / 0.764
    "holdout57": (0.93, 0.84),  # session 56, guest notices, programme notes, radio transcripts: 0.811 / 0.713
    "holdout58": (0.93, 0.82),  # session 57, association emails, zoo statements, rescue bulletins: 0.878 / 0.702
    "holdout59": (0.98, 0.85),  # session 58, parish bulletins, taxi and bus notices, Slack messages: 0.896 / 0.731
    "holdout60": (0.95, 0.80),  # session 59, funeral homes, car washes, beekeepers, chat logs: 0.887 / 0.614
    "holdout61": (0.96, 0.80),  # session 60, grooming salons, driving schools, choir rotas, Slack: 0.860 / 0.760
    "holdout62": (0.98, 0.93),  # session 61, bowling alleys, yacht clubs, chess clubs, food banks: 0.973 / 0.913
    "holdout63": (0.98, 0.94),  # session 62, climbing gyms, rowing clubs, bridge and go clubs: 0.937 / 0.907
    "holdout64": (0.98, 0.87),  # session 63, yoga studios, sailing clubs, scrabble clubs: 0.920 / 0.837
    "holdout65": (0.99, 0.95),  # session 64, pottery classes, canoe clubs, crossword clubs: 0.892 / 0.904
    "holdout66": (0.97, 0.90),  # session 65, e-bike SMS, apiary newsletters, walking diaries: 0.845 / 0.862
    "holdout67": (0.94, 0.92),  # session 66, bakery push messages, nurse handovers, taxi logs: 0.851 / 0.836
    "holdout69": (0.99, 0.93),  # session 68, gym emails, vet SMS, ferry notices, courier updates: 0.845 / 0.876
    "holdout70": (0.99, 0.95),  # session 69, garages, parish newsletters, radio logs, claim notes: 0.850 / 0.893
    "holdout71": (0.93, 0.96),  # session 69, theatres, scouts, blood centres, hotel handovers: 0.831 / 0.928
    "holdout72": (0.97, 0.95),  # session 70, wire copy, outlets in English, live pages: 0.877 / 0.891
    "holdout73": (0.98, 0.96),  # session 70, regional desks, border governors, factboxes: 0.949 / 0.956
    "holdout74": (0.95, 0.93),  # session 70, oblast posts, factboxes, Q&As, updates appended: 0.852 / 0.861
    "holdout75": (0.95, 0.72),  # session 71, wire copy and Ukrainian outlets, 2022-24, key events: 0.825 / 0.646
    "holdout76": (0.97, 0.91),  # session 71, Russian and European outlets, 2025-26, live pages: 0.942 / 0.905
    "holdout77": (0.89, 0.81),  # session 71, Suspilne desks, live updates, tolls updated by day, 2023-26: 0.796 / 0.743
    "holdout78": (0.95, 0.88),  # session 71, Russian outlets and governors, border claims, 2023-26: 0.865 / 0.801
    "holdout79": (0.94, 0.88),  # session 71, city councils, energy companies, round-ups, waves, 2022-26: 0.929 / 0.898
    "holdout80": (0.90, 0.85),  # session 71, Russian regional outlets, occupation officials, both sides: 0.862 / 0.832
    "holdout81": (0.89, 0.83),  # session 71, wires, analysis, OCHA, ISW notes, bulleted weeks: 0.839 / 0.825
    "holdout82": (0.95, 0.81),  # session 71, regional Ukrainian desks, Russian claims, per town: 0.937 / 0.794
    "holdout83": (0.93, 0.85),  # session 72, Ukrainian outlets in English, TASS and Interfax: 0.875 / 0.816
    "holdout84": (0.92, 0.84),  # session 72, international wires and broadcasters, aggregator reprints: 0.845 / 0.840
    "holdout85": (0.94, 0.83),  # session 72, short flashes and long features of many outlets, 2022-26: 0.884 / 0.794
    "holdout86": (0.93, 0.81),  # session 72, Russian outlets and governors, occupation officials: 0.914 / 0.784
    "holdout87": (0.89, 0.71),  # session 72, regional outlets and officials, 2022-24, round-ups by town: 0.837 / 0.686
    "holdout88": (0.95, 0.73),  # session 72, wires and investigative outlets, deep strikes, big nights: 0.917 / 0.677
    "holdout89": (0.93, 0.86),  # session 72, live pages and rolling blogs with stamps, 2022-26: 0.918 / 0.870
    "holdout90": (0.91, 0.75),  # session 72, the first two years of the full-scale war, missile waves: 0.903 / 0.743
    "holdout91": (0.94, 0.88),  # session 72, aggregator reprints, explainers, Q&As, factboxes: 0.923 / 0.866
    "holdout92": (0.94, 0.83),  # session 72, short flashes, alerts, tickers and posts of 0.7-1.2 KB: 0.912 / 0.827
    "holdout93": (0.92, 0.75),  # session 72, the big cities' own outlets and mayors, 2023-26: 0.926 / 0.757
    "holdout94": (0.93, 0.78),  # session 72, Ukraine's strikes in Russia from both sides, 2024-26: 0.882 / 0.773
    "holdout95": (0.95, 0.89),  # session 73, European, Asian and US-government outlets, 2022-26: 0.932 / 0.887
    "holdout96": (0.78, 0.72),  # session 73, front-line and southern regional round-ups, 2023-26: 0.722 / 0.687
    "holdout97": (0.93, 0.62),  # session 73, energy, infrastructure and business desks, 2022-26: 0.899 / 0.610
    "holdout98": (0.93, 0.78),  # session 73, weekly tallies beside the night's figures, 2023-26: 0.869 / 0.750
    "holdout99": (0.84, 0.65),  # session 73, long-form features and reportage, 2022-26: 0.778 / 0.632
    "holdout100": (0.84, 0.68),  # session 73, Crimea and the occupied territories, 2022-26: 0.848 / 0.669
    "holdout101": (0.90, 0.75),  # session 73, non-native and machine-translated copy, 2022-26: 0.864 / 0.742
    "holdout102": (0.90, 0.82),  # session 73, follow-ups on one strike over days, 2022-26: 0.849 / 0.815
    "holdout103": (0.92, 0.68),  # session 73, alerts and monitoring beside the morning counts, 2023-26: 0.928 / 0.679
    "holdout104": (0.87, 0.81),  # session 73, broadcast transcripts and podcasts, 2022-26: 0.838 / 0.806
    "holdout105": (0.88, 0.82),  # session 73, structured and table-like text from web pages, 2023-26: 0.846 / 0.789
    "holdout106": (0.87, 0.58),  # session 73, the first months of the full-scale invasion, 2022: 0.805 / 0.581
    "holdout107": (0.90, 0.82),  # session 73, Russian milbloggers and state TV beside wire copy, 2023-26: 0.906 / 0.801
    "holdout108": (0.84, 0.74),  # session 73, UN and human-rights monitoring and investigations, 2022-26: 0.817 / 0.739
    "holdout109": (0.90, 0.64),  # session 73, technical and defence-trade outlets and OSINT, 2023-26: 0.891 / 0.638
    "holdout110": (0.92, 0.68),  # session 73, think-tank analysis and evening news, 2023-26: 0.908 / 0.667
    "holdout111": (0.87, 0.69),  # session 73, Ukrainian national TV websites in English, 2023-26: 0.851 / 0.688
    "holdout112": (0.90, 0.69),  # session 73, international generalist outlets far from the war, 2022-26: 0.910 / 0.702
    "holdout113": (0.91, 0.76),  # session 73, numbers in awkward forms, 2022-26: 0.886 / 0.706
    "holdout114": (0.89, 0.76),  # session 73, other beats that mention attacks in passing, 2022-26: 0.892 / 0.754
    "holdout115": (0.90, 0.85),  # session 74, Ukrainian regional and city outlets, 2024-26: 0.874 / 0.864
    "holdout116": (0.89, 0.77),  # session 74, Russian state and pro-Kremlin media in English, 2023-26: 0.892 / 0.762
    "holdout117": (0.88, 0.66),  # session 74, wire round-ups and key-events lists, 2022-26: 0.892 / 0.665
    "holdout118": (0.92, 0.80),  # session 74, very short items: briefs, bulletins, alerts, 2023-26: 0.936 / 0.811
    "holdout119": (0.86, 0.82),  # session 74, analysis of the air war in numbers, 2024-26: 0.814 / 0.814
    "holdout120": (0.87, 0.71),  # session 74, the first year and a half of the air war, 2022-23: 0.863 / 0.681
    "holdout121": (0.92, 0.80),  # session 74, Crimea and the occupied south and east, 2023-26: 0.908 / 0.794
    "holdout122": (0.90, 0.86),  # session 74, the Air Force morning summary restated, 2024-26: 0.898 / 0.874
    "holdout123": (0.92, 0.83),  # session 74, Western broadsheets' long reads and features, 2023-26: 0.883 / 0.809
    "holdout124": (0.94, 0.87),  # session 74, strikes on energy infrastructure, both ways, 2022-26: 0.928 / 0.866
    "holdout125": (0.86, 0.84),  # session 74, ports, shipping and the Black Sea, 2023-25: 0.845 / 0.825
    "holdout126": (0.82, 0.79),  # session 74, rescue and aftermath reporting over days, 2023-26: 0.805 / 0.780
    "holdout127": (0.86, 0.83),  # session 74, Ukrainian outlets' live blogs through a day, 2023-26: 0.870 / 0.837
    "holdout128": (0.94, 0.89),  # session 74, outlets of the countries beside Ukraine, 2022-26: 0.952 / 0.907
    "holdout129": (0.82, 0.84),  # session 74, Ukrainian official statements verbatim, 2023-26: 0.823 / 0.835
    "holdout130": (0.90, 0.85),  # session 74, corrections, updates and clarifications, 2023-26: 0.882 / 0.845
    "holdout131": (0.88, 0.83),  # session 74, opinion, editorials and newsletters, 2023-26: 0.893 / 0.842
    "holdout132": (0.90, 0.87),  # session 74, deep strikes inside Russia and in Ukraine, 2023-26: 0.900 / 0.871
    "holdout133": (0.90, 0.86),  # session 76, UP, Ukrinform, RFE/RL, Meduza, Moscow Times, Sky, ABC: 0.899 / 0.844
    "holdout134": (0.90, 0.83),  # session 76, AFP, DW, Euronews, Anadolu, TASS, Kyiv Post, NV, Suspilne: 0.913 / 0.837
    "holdout135": (0.87, 0.80),  # session 77, Reuters, AP, BBC, CNN, Al Jazeera, Guardian, KI, WaPo: 0.855 / 0.802
    "holdout136": (0.93, 0.88),  # session 77, Interfax, RBC, UP, Militarnyi, Bloomberg, CBS, TASS: 0.910 / 0.875
    "holdout137": (0.84, 0.78),  # session 77, Ukrinform, Suspilne, KI, Reuters, NV, city portals: 0.824 / 0.713
    "holdout138": (0.89, 0.88),  # session 77, AFP, Reuters, AP, dpa, Xinhua, Anadolu wire copy: 0.862 / 0.870
    "holdout139": (0.90, 0.83),  # session 77, Independent, Telegraph, Times, FT, Politico, NBC, ABC: 0.910 / 0.814
    "holdout140": (0.83, 0.77),  # session 77, Ukrainian city outlets, regional posts, Russian governors: 0.826 / 0.755
    "holdout141": (0.86, 0.83),  # session 78, Kyiv Independent, Ukrainska Pravda, Ukrinform, Suspilne: 0.851 / 0.797
    "holdout142": (0.93, 0.93),  # session 78, AFP, DW, France 24, Euronews, Guardian, Sky, Independent: 0.908 / 0.930
    "holdout143": (0.93, 0.91),  # session 78, places made hard: grids, region lists, districts, launches: 0.927 / 0.894
    "holdout144": (0.91, 0.88),  # session 78, TASS, RIA, Interfax, Moscow Times, Meduza, Russia's side: 0.917 / 0.871
    "holdout145": (0.90, 0.84),  # session 78, NYT, WaPo, WSJ, CNN, NPR, Newsweek, ABC, CBS narratives: 0.904 / 0.847
    "holdout146": (0.90, 0.89),  # session 78, RBC, NV, UP feed, UNIAN, Babel, Militarnyi tallies: 0.899 / 0.893
    "holdout147": (0.80, 0.84),  # session 78, regional administrations' day reports town by town: 0.796 / 0.824
    "holdout148": (0.92, 0.92),  # session 78, wire copy of the biggest nights of 2025 and 2026: 0.919 / 0.919
    "holdout149": (0.85, 0.85),  # session 78, Russian governors' posts quoted by TASS, RIA, Interfax: 0.860 / 0.847
    "holdout150": (0.92, 0.92),  # session 78, Xinhua, Anadolu, TRT, Al Jazeera, Kyodo, Yonhap, NDTV, LRT: 0.924 / 0.888
    "holdout151": (0.92, 0.85),  # session 78, live blogs with time stamps, tolls updated entry by entry: 0.925 / 0.856
    "holdout152": (0.91, 0.83),  # session 78, places made hard again: cities and regions of one name: 0.923 / 0.817
    "holdout153": (0.92, 0.89),  # session 79, energy desks in two winters: plants, gas, blackouts: 0.902 / 0.885
    "holdout154": (0.92, 0.87),  # session 79, ports and shipping on both coasts of the Black Sea: 0.924 / 0.875
    "holdout155": (0.94, 0.89),  # session 79, Ukraine's long-range strikes told from both sides: 0.951 / 0.866
    "holdout156": (0.88, 0.81),  # session 79, front-line cities under guided bombs, mayors' posts: 0.857 / 0.811
    "holdout157": (0.87, 0.83),  # session 79, reprints and aggregator pages with their boilerplate: 0.877 / 0.837
    "holdout158": (0.84, 0.77),  # session 79, the war's first year, 2022 and early 2023: 0.808 / 0.680
    "holdout159": (0.83, 0.79),  # session 80, the air war of 2023, both sides: 0.817 / 0.800
    "holdout160": (0.85, 0.85),  # session 80, the air war of 2024, its great strikes recalled: 0.849 / 0.856
    "holdout161": (0.95, 0.90),  # session 80, western and central Ukraine, far from the front: 0.963 / 0.917
    "holdout162": (0.90, 0.86),  # session 80, regions' day summaries, daytime strikes on centres: 0.897 / 0.858
    "holdout163": (0.94, 0.91),  # session 80, Russia's regions as Russian outlets tell it: 0.940 / 0.907
    "holdout164": (0.92, 0.88),  # session 80, newsletters and digests, an attack among other items: 0.893 / 0.883
    "holdout165": (0.89, 0.88),  # session 80, international organisations' statements on strikes: 0.895 / 0.887
    "holdout166": (0.89, 0.89),  # session 80, markets and business copy after strikes: 0.872 / 0.897
    "holdout167": (0.86, 0.84),  # session 80, Russian and Soviet-era spellings of places: 0.845 / 0.826
    "holdout168": (0.91, 0.91),  # session 80, the summer and autumn of 2025: 0.922 / 0.925
    "holdout169": (0.93, 0.86),  # session 80, the first half of 2026: 0.920 / 0.830
    "holdout170": (0.88, 0.84),  # session 80, human-interest pieces, obituaries, funerals: 0.863 / 0.848
    "holdout171": (0.91, 0.83),  # session 80, regional outlets of the south, hromadas by name: 0.898 / 0.815
    "holdout172": (0.78, 0.66),  # session 80, the war's first spring and summer, 2022: 0.784 / 0.631
    "holdout173": (0.86, 0.85),  # session 80, Russian border officials' posts, village by village: 0.843 / 0.851
    "holdout174": (0.91, 0.90),  # session 80, explainers with headed sections on one night: 0.921 / 0.916
    "holdout175": (0.87, 0.82),  # session 80, both sides' nights told in one piece: 0.884 / 0.837
    "holdout176": (0.83, 0.82),  # session 80, Kharkiv and Sumy city news, district by district: 0.841 / 0.831
    "holdout177": (0.90, 0.84),  # session 81, a day's strike on a city, the night's drones elsewhere: 0.768 / 0.745
    "holdout178": (0.90, 0.90),  # session 81, Ukrainian outlets in English on the winter energy attacks: 0.894 / 0.880
    "holdout179": (0.91, 0.84),  # session 81, Russian state media and governors in English: 0.884 / 0.821
    "holdout180": (0.91, 0.92),  # session 81, Odesa, Mykolaiv and Kherson: 0.864 / 0.901
    "holdout181": (0.96, 0.95),  # session 81, broadcasters' longer pieces, earlier attacks recalled: 0.972 / 0.961
    "holdout182": (0.95, 0.93),  # session 81, the nights of July to November 2026: 0.932 / 0.929
    "holdout183": (0.94, 0.93),  # session 81, live pages, newest entry first: 0.959 / 0.942
    "holdout184": (0.90, 0.75),  # session 81, regional administrations' day summaries: 0.870 / 0.746
    "holdout185": (0.93, 0.88),  # session 81, independent Russian outlets: 0.935 / 0.896
    "holdout186": (0.92, 0.81),  # session 81, the energy campaign of autumn 2022: 0.901 / 0.819
    "holdout187": (0.96, 0.89),  # session 81, outlets of Ukraine's neighbours: 0.957 / 0.904
    "holdout188": (0.89, 0.83),  # session 81, weekly round-ups and data pieces: 0.778 / 0.792
    "holdout189": (0.89, 0.91),  # session 81, Kyiv city news, district by district: 0.882 / 0.888
    "holdout190": (0.88, 0.90),  # session 81, Dnipro, Kryvyi Rih, Zaporizhzhia, Poltava city news: 0.861 / 0.881
    "holdout191": (0.94, 0.90),  # session 81, Ukraine's deep strikes, as Ukrainian outlets tell them: 0.951 / 0.912
    "holdout192": (0.97, 0.89),  # session 81, business and energy press: 0.958 / 0.890
    "holdout193": (0.94, 0.82),  # session 81, Crimea and the occupied lands: 0.946 / 0.811
    "holdout194": (0.93, 0.95),  # session 81, terse official night summaries in translation: 0.921 / 0.932
    "holdout195": (0.91, 0.87),  # session 81, western Ukraine's regional outlets: 0.904 / 0.870
    "holdout196": (0.89, 0.87),  # session 81, Kharkiv's front-line towns, Sumy's border: 0.898 / 0.877
    "holdout197": (0.86, 0.83),  # session 81, the war at sea and on the coast: 0.878 / 0.847
    "holdout198": (0.90, 0.90),  # session 81, the two sides' numbers side by side: 0.908 / 0.914
    "holdout199": (0.78, 0.57),  # session 81, the invasion's first spring and summer: 0.750 / 0.550
    "holdout200": (0.93, 0.94),  # session 81, foreign outlets' English editions: 0.941 / 0.947
    "holdout201": (0.88, 0.86),  # session 82, weekly and monthly round-ups: 0.869 / 0.841
    "holdout202": (0.88, 0.79),  # session 82, a day's strike beside the night's drones: 0.837 / 0.795
    "holdout203": (0.81, 0.60),  # session 82, the invasion's first months (2022): 0.823 / 0.586
    "holdout204": (0.92, 0.85),  # session 82, live pages, some newest first: 0.890 / 0.855
    "holdout205": (0.89, 0.90),  # session 82, Russia's claims beside Ukraine's deep strikes: 0.905 / 0.911
    "holdout206": (0.91, 0.80),  # session 82, regional administrations' day summaries: 0.915 / 0.813
    "holdout207": (0.87, 0.74),  # session 82, installed officials of the occupied lands: 0.872 / 0.748
    "holdout208": (0.90, 0.85),  # session 82, broadcasters' long pieces: 0.910 / 0.867
    "holdout209": (0.83, 0.84),  # session 82, the war's second year (2023): 0.833 / 0.847
    "holdout210": (0.90, 0.88),  # session 82, Ukrainian wires' morning summaries: 0.884 / 0.834
    "holdout211": (0.93, 0.90),  # session 82, agencies with both sides' figures: 0.948 / 0.917
    "holdout212": (0.91, 0.90),  # session 82, independent Russian outlets: 0.928 / 0.915
    "holdout213": (0.87, 0.83),  # session 82, Kharkiv city's outlets: 0.845 / 0.856
    "holdout214": (0.88, 0.95),  # session 82, Kyiv's city administration: 0.894 / 0.964
    "holdout215": (0.91, 0.81),  # session 82, Zaporizhzhia city and region: 0.921 / 0.819
    "holdout216": (0.91, 0.92),  # session 82, aggregators' and tabloids' short items: 0.905 / 0.932
    "holdout217": (0.87, 0.79),  # session 82, Russian border governors beside Kharkiv and Sumy: 0.879 / 0.799
    "holdout218": (0.90, 0.88),  # session 82, analysts and military outlets: 0.913 / 0.894
    "holdout219": (0.91, 0.91),  # session 83, wire copy of large combined strikes, region by region: 0.921 / 0.922
    "holdout220": (0.91, 0.87),  # session 83, governors' posts relayed, towns one by one: 0.896 / 0.872
    "holdout221": (0.89, 0.86),  # session 83, Russia's ministry by region beside its governors' damage: 0.880 / 0.862
    "holdout222": (0.83, 0.79),  # session 83, the missile and drone waves on the grid (2022-23): 0.840 / 0.805
    "holdout223": (0.93, 0.91),  # session 83, outlets in English, the oblasts attacked overnight: 0.942 / 0.925
    "holdout224": (0.94, 0.87),  # session 83, the air attack beside the ground front's towns: 0.956 / 0.823
    "holdout225": (0.91, 0.89),  # session 83, US broadcasters and newspapers on deadly nights: 0.910 / 0.904
    "holdout226": (0.88, 0.68),  # session 83, the border communities of Sumy, Chernihiv, Kharkiv: 0.886 / 0.693
    "holdout227": (0.83, 0.77),  # session 83, the first Shaheds and the missile waves of 2022: 0.826 / 0.768
    "holdout228": (0.94, 0.90),  # session 83, European broadcasters with both sides' claims: 0.959 / 0.919
    "holdout229": (0.91, 0.86),  # session 83, Odesa and Mykolaiv: ports, the Danube, Romania: 0.923 / 0.876
    "holdout230": (0.80, 0.71),  # session 83, follow-ups a day or two after a big strike: 0.794 / 0.677
    "holdout231": (0.88, 0.89),  # session 83, the big strikes of 2024 told by wires: 0.895 / 0.906
    "holdout232": (0.93, 0.90),  # session 83, morning-after pieces city by city, Kyiv's districts: 0.941 / 0.911
    "holdout233": (0.86, 0.82),  # session 83, Russian outlets on Ukraine's deep raids: 0.848 / 0.798
    "holdout234": (0.85, 0.87),  # session 83, tolls told place by place, summed by the reader: 0.867 / 0.884
    "holdout235": (0.82, 0.79),  # session 83, Dnipro region: guns by day, missiles by night: 0.818 / 0.798
    "holdout236": (0.97, 0.78),  # session 83, central and northern cities' outlets: 0.981 / 0.794
    "holdout237": (0.92, 0.86),  # session 83, BBC, Guardian, Sky: the human story first: 0.939 / 0.876
    "holdout238": (0.89, 0.92),  # session 83, the Air Force's statement republished: 0.901 / 0.936
    "holdout239": (0.82, 0.84),  # session 83, Odesa, Mykolaiv and Kherson city news: 0.826 / 0.848
    "holdout240": (0.92, 0.89),  # session 83, Moscow's mayor, airports and the ministry's tally: 0.933 / 0.910
    "holdout241": (0.89, 0.84),  # session 83, the third winter's strikes on gas and power plants: 0.865 / 0.839
    "holdout242": (0.94, 0.91),  # session 83, western Ukraine, Polish jets, airspace: 0.955 / 0.921
    "holdout243": (0.93, 0.95),  # session 84, railways: trains, stations, depots: 0.920 / 0.953
    "holdout244": (0.93, 0.89),  # session 84, the north: Chernihiv, Zhytomyr, Kyiv region's towns: 0.910 / 0.896
    "holdout245": (0.91, 0.82),  # session 84, Sumy city and region news: 0.903 / 0.833
    "holdout246": (0.93, 0.93),  # session 84, TV and radio bulletins' web scripts: 0.934 / 0.946
    "holdout247": (0.93, 0.86),  # session 84, Ukraine's strikes on airfields, refineries, arsenals: 0.928 / 0.869
    "holdout248": (0.90, 0.81),  # session 84, Kherson: drones hunting people, shelling: 0.857 / 0.787
    "holdout249": (0.87, 0.81),  # session 84, Donetsk region's cities behind the front: 0.837 / 0.798
    "holdout250": (0.92, 0.88),  # session 84, Kyiv region's towns beside the capital's night: 0.939 / 0.897
    "holdout251": (0.90, 0.86),  # session 84, interviews and Q&A: spokesmen, mayors, governors: 0.898 / 0.871
    "holdout252": (0.91, 0.80),  # session 84, Russian regions far from the border: 0.912 / 0.816
    "holdout253": (0.94, 0.92),  # session 84, Khmelnytskyi, Vinnytsia, Starokostiantyniv: 0.959 / 0.933
    "holdout254": (0.91, 0.89),  # session 84, breaking news with its updates inside: 0.866 / 0.902
    "holdout255": (0.85, 0.83),  # session 84, one night in waves: evening drones, dawn missiles: 0.833 / 0.825
    "holdout256": (0.92, 0.83),  # session 84, Sevastopol's and Crimea's installed officials: 0.919 / 0.848
    "holdout257": (0.87, 0.78),  # session 84, hospitals, aid convoys, rescuers (double taps): 0.880 / 0.797
    "holdout258": (0.86, 0.83),  # session 84, fact-checks and explainers of both sides' figures: 0.872 / 0.848
    "holdout259": (0.89, 0.82),  # session 84, regional sites' English: hromada, starosta, OVA: 0.848 / 0.807
    "holdout260": (0.95, 0.89),  # session 84, Poltava, Kremenchuk, Myrhorod and Lubny: 0.962 / 0.902
    "holdout261": (0.85, 0.82),  # session 84, the Kharkiv region's towns: Chuhuiv, Izium, Kupiansk: 0.870 / 0.839
    "holdout262": (0.84, 0.72),  # session 84, prosecutors and courts recounting strikes: 0.847 / 0.732
    "holdout263": (0.90, 0.83),  # session 84, OSINT and satellite analyses of strikes: 0.897 / 0.840
    "holdout264": (0.88, 0.89),  # session 84, Russian war bloggers' claims relayed: 0.897 / 0.901
    "holdout265": (0.93, 0.86),  # session 84, Ukraine's drones on Russia's ports: 0.923 / 0.862
    "holdout266": (0.93, 0.82),  # session 84, churches, theatres, museums, stadiums hit: 0.923 / 0.834
    "holdout267": (0.92, 0.92),  # session 84, schools, kindergartens and children: 0.936 / 0.934
    "holdout268": (0.84, 0.87),  # session 84, Belgorod and Kursk under Ukraine's missiles: 0.858 / 0.881
    "holdout269": (0.89, 0.84),  # session 84, press releases quoted in full: 0.890 / 0.848
    "holdout270": (0.80, 0.79),  # session 84, figures in text tables and lists: 0.812 / 0.804
    "holdout271": (0.82, 0.76),  # session 84, Meduza, Novaya Gazeta Europe, Mediazona: 0.838 / 0.771
    "holdout272": (0.75, 0.72),  # session 84, magazine narratives, one night's figures: 0.732 / 0.733
}

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason=f"shared fixtures not found at {SHARED}")


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_extract", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("score_extract", module)
    spec.loader.exec_module(module)
    return module


def _prediction(source: str, text: str) -> dict[str, object]:
    report = extract(text)
    return {"source": source, "is_attack_report": report.is_attack_report,
            "attacks": [a.to_contract() for a in report.attacks]}


def test_seeds_are_perfect() -> None:
    gold = [json.loads(line) for line in (SEEDS / "annotations.jsonl").read_text().splitlines() if line.strip()]
    preds = [_prediction(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    result = _scorer().score(gold, preds)
    assert result["missing"] == 0
    assert result["figures"][2] == 1.0, result["counts"]
    assert result["places"][2] == 1.0


@pytest.mark.skipif(not DEV.exists(), reason="dev reports not found")
def test_dev_floor() -> None:
    gold = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    preds = [_prediction(f"{item['id']}.txt", item["text"]) for item in gold]
    result = _scorer().score(gold, preds)
    assert result["figures"][2] >= DEV_FIGURES_F1, result["counts"]
    assert result["places"][2] >= DEV_PLACES_F1, result["places"]


@pytest.mark.parametrize(("name", "floors"), HOLDOUT_FLOORS.items(), ids=list(HOLDOUT_FLOORS))
def test_holdout_floor(name: str, floors: tuple[float, float]) -> None:
    figures_f1, places_f1 = floors
    path = DATA / f"extract_{name}.jsonl"
    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    preds = [_prediction(f"{item['id']}.txt", item["text"]) for item in gold]
    result = _scorer().score(gold, preds)
    assert result["missing"] == 0
    assert result["figures"][2] >= figures_f1, result["counts"]
    assert result["places"][2] >= places_f1, result["places"]
