"""Generated Vietnamese news text for the benchmark site.

Sentences come from a word-level Markov chain (order 2) trained on the
article texts of the sample portals and the seed pages, so the vocabulary,
sentence length and punctuation are those of real district news; sentences
with administrative-reform figures are filled in from templates, so the
crawl's metric stage has figures to find. Everything is drawn from a
`random.Random` the caller seeds: the same seed gives the same site.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ“\"(])")
_START = ("", "")

TOPICS = [
    "Kết quả giải quyết thủ tục hành chính", "Triển khai nhiệm vụ cải cách hành chính",
    "Nâng cao chất lượng Bộ phận Một cửa", "Đẩy mạnh dịch vụ công trực tuyến toàn trình",
    "Kiểm tra công tác cải cách hành chính", "Tập huấn số hóa hồ sơ thủ tục hành chính",
    "Đối thoại với người dân về thủ tục hành chính", "Tuyên truyền cải cách hành chính",
    "Hội nghị giao ban công tác chuyển đổi số", "Ra quân tổng vệ sinh môi trường",
    "Phát động phong trào thi đua xây dựng nông thôn mới", "Tổ chức lễ ra quân trồng cây đầu xuân",
    "Triển khai phương án phòng chống thiên tai", "Sơ kết mô hình tổ công nghệ số cộng đồng",
    "Đẩy mạnh thanh toán trực tuyến phí, lệ phí", "Tiếp công dân định kỳ",
    "Hỗ trợ người dân cài đặt định danh điện tử", "Khảo sát sự hài lòng của người dân",
]
PERIODS = ["quý I", "quý II", "quý III", "quý IV", "6 tháng đầu năm", "9 tháng đầu năm", "tháng 4", "tháng 10", "năm"]
PHOTO_CAPTIONS = [
    "Quang cảnh hội nghị.", "Lãnh đạo UBND huyện phát biểu chỉ đạo tại hội nghị.",
    "Công chức Bộ phận Một cửa hướng dẫn người dân nộp hồ sơ trực tuyến.",
    "Đoàn kiểm tra làm việc tại UBND xã.", "Người dân làm thủ tục tại Trung tâm Hành chính công huyện.",
    "Các đại biểu tham quan mô hình.", "Tổ công nghệ số cộng đồng hỗ trợ người dân tại nhà văn hóa thôn.",
]
AUTHORS = ["Thu Trang", "Minh Đức", "Quang Huy", "Ngọc Ánh", "Hoàng Thu", "Thanh Tâm", "Bích Ngọc",
           "Văn phòng HĐND và UBND huyện", "Phòng Nội vụ huyện", "Trung tâm VH-TT&TT huyện"]


def vn_number(value: int) -> str:
    """12345 -> "12.345", the way the portals print counts."""
    return f"{value:,}".replace(",", ".")


def vn_percent(value: float) -> str:
    return f"{value:.1f}".replace(".", ",") + "%"


class NewsWriter:
    """Writes titles, paragraphs and figure tables in the portals' style."""

    def __init__(self, corpus: list[str], rng: random.Random):
        self.rng = rng
        self._chain: dict[tuple[str, str], list[str]] = defaultdict(list)
        for paragraph in corpus:
            for sentence in _SENTENCE_END.split(paragraph.strip()):
                words = sentence.split()
                if len(words) < 8:
                    continue
                state = _START
                for word in words:
                    self._chain[state].append(word)
                    state = (state[1], word)
                self._chain[state].append("")  # end of sentence

    def sentence(self, min_words: int = 12, max_words: int = 45) -> str:
        for _ in range(50):
            words, state = [], _START
            while len(words) <= max_words:
                word = self.rng.choice(self._chain[state])
                if not word:
                    break
                words.append(word)
                state = (state[1], word)
            if min_words <= len(words) <= max_words and words[-1][-1] in ".!?…":
                return " ".join(words)
        return " ".join(words).rstrip(",;:") + "."

    def figure_sentence(self, place: str, year: int) -> str:
        received = self.rng.randint(300, 25000)
        resolved = received - self.rng.randint(0, received // 20)
        on_time = resolved - self.rng.randint(0, resolved // 50)
        online = self.rng.randint(received // 10, received * 9 // 10)
        templates = [
            f"Năm {year}, {place} đã tiếp nhận {vn_number(received)} hồ sơ, giải quyết đúng hạn "
            f"{vn_number(on_time)} hồ sơ, đạt {vn_percent(100 * on_time / resolved)}.",
            f"Trong kỳ, tổng số hồ sơ tiếp nhận là {vn_number(received)} hồ sơ, trong đó tiếp nhận trực tuyến "
            f"{vn_number(online)} hồ sơ; đã giải quyết {vn_number(resolved)} hồ sơ, quá hạn "
            f"{vn_number(resolved - on_time)} hồ sơ.",
            f"Chỉ số cải cách hành chính năm {year} của {place} đạt "
            f"{self.rng.randint(78, 93)},{self.rng.randint(10, 99)} điểm, xếp thứ "
            f"{self.rng.randint(1, 12)}/{self.rng.randint(12, 15)} huyện, thành phố.",
            f"Tỷ lệ hài lòng của người dân, tổ chức khi giải quyết thủ tục hành chính tại {place} đạt "
            f"{vn_percent(self.rng.uniform(90, 99.9))}.",
        ]
        return self.rng.choice(templates)

    def paragraph(self, place: str, year: int, figures: bool) -> str:
        sentences = [self.sentence() for _ in range(self.rng.randint(2, 5))]
        if figures:
            sentences.insert(self.rng.randint(0, len(sentences)), self.figure_sentence(place, year))
        return " ".join(sentences)

    def title(self, district: str, commune: str, year: int) -> str:
        topic = self.rng.choice(TOPICS)
        period = self.rng.choice(PERIODS)
        shapes = [
            f"{district}: {topic} {period} {year}",
            f"{commune} {topic[0].lower()}{topic[1:]} {period} {year}",
            f"{topic} tại {'xã' + commune[2:] if commune.startswith('Xã') else commune} năm {year}",
            f"Huyện {district} {topic[0].lower()}{topic[1:]} năm {year}",
        ]
        return self.rng.choice(shapes)

    def figure_table(self, communes: list[str]) -> tuple[list[str], list[list[str]]]:
        header = ["Đơn vị", "Tiếp nhận", "Đã giải quyết", "Đúng hạn", "Quá hạn"]
        rows = []
        for commune in self.rng.sample(communes, min(len(communes), self.rng.randint(4, 9))):
            received = self.rng.randint(80, 4000)
            resolved = received - self.rng.randint(0, received // 10)
            late = self.rng.randint(0, resolved // 40)
            rows.append([commune, vn_number(received), vn_number(resolved), vn_number(resolved - late), vn_number(late)])
        return header, rows

    def caption(self) -> str:
        return self.rng.choice(PHOTO_CAPTIONS)

    def author(self) -> str:
        return self.rng.choice(AUTHORS)
