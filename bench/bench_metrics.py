"""Time crawler.metrics.extract_metrics per article.

    python bench/bench_metrics.py [--articles 3000] [--length 5000] [--seed 7]

Articles are built by recombining the paragraphs of the seed pages with
sentences written in the register of district news, to about --length
characters each.  Prints the mean and p95 time per article and the mean
scaled to a 5,000-character article, as wall-clock time and as the CPU time
of this process (the same on an idle machine; the CPU time is the steadier
figure on a busy one).  The goal is a mean under 2 ms; this script only
reports.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.metrics import extract_metrics  # noqa: E402

SEEDS = ROOT / "tests" / "data" / "seeds"

SENTENCES = [
    "Trong 6 tháng đầu năm 2022, Bộ phận một cửa huyện đã tiếp nhận {a} hồ sơ, "
    "giải quyết đúng hạn {b} hồ sơ, đạt {p}%.",
    "Số hồ sơ tiếp nhận trực tuyến mức độ 3, 4 là {c} hồ sơ, tăng {d} hồ sơ so với cùng kỳ.",
    "Cấp xã tiếp nhận {a} hồ sơ, trong đó quá hạn {e} hồ sơ; không có hồ sơ tồn đọng.",
    "Chỉ số cải cách hành chính năm 2021 của huyện đạt {s} điểm, xếp thứ {r}/13 huyện, thị xã.",
    "Tỷ lệ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính đạt {p}%.",
    "Qua dịch vụ bưu chính công ích đã trả kết quả {c} hồ sơ cho tổ chức, cá nhân.",
    "Kỳ trước chuyển sang {e} hồ sơ, tiếp nhận mới {a} hồ sơ, đang giải quyết {d} hồ sơ.",
    "Ngày 12/5/2022, UBND huyện ban hành Kế hoạch số 85/KH-UBND về kiểm tra công vụ.",
    "Hội nghị được tổ chức theo hình thức trực tuyến tại 15 điểm cầu các xã, thị trấn.",
    "Lễ hội đền Bà Triệu năm nay thu hút hơn 20 nghìn lượt du khách về tham quan.",
    "Vụ lúa xuân toàn huyện gieo cấy 5.240 ha, năng suất ước đạt 62,5 tạ/ha.",
    "Tỷ lệ tiêm vắc xin phòng COVID-19 mũi 3 đạt 95,2%, hộ nghèo giảm 1,2%.",
    "Mọi thắc mắc xin liên hệ số điện thoại 0206.3870.123 trong giờ hành chính.",
    "Chỉ số DDCI năm 2021 của huyện đạt {s} điểm, tăng {g} điểm so với năm 2020.",
]


def seed_paragraphs() -> list[str]:
    paragraphs = []
    for path in sorted(SEEDS.glob("*.txt")):
        paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
    return paragraphs


def fill(template: str, rng: random.Random) -> str:
    return template.format(
        a=f"{rng.randint(1, 40)}.{rng.randint(0, 999):03d}", b=rng.randint(100, 999),
        c=rng.randint(10, 900), d=rng.randint(1, 60), e=f"{rng.randint(0, 12):02d}",
        p=f"{rng.randint(85, 99)},{rng.randint(0, 9)}", s=f"{rng.randint(70, 92)},{rng.randint(0, 99):02d}",
        r=rng.randint(1, 13), g=f"{rng.randint(0, 5)},{rng.randint(0, 99):02d}")


def article(rng: random.Random, paragraphs: list[str], length: int) -> str:
    parts: list[str] = []
    size = 0
    while size < length:
        piece = rng.choice(paragraphs) if rng.random() < 0.6 else fill(rng.choice(SENTENCES), rng)
        parts.append(piece)
        size += len(piece) + 1
    return "\n".join(parts)[:length]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--length", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    paragraphs = seed_paragraphs()
    texts = [article(rng, paragraphs, args.length) for _ in range(args.articles)]
    for text in texts[:20]:   # warm up
        extract_metrics(text)
    times, cpu_times = [], []
    figures = 0
    for text in texts:
        start, cpu_start = time.perf_counter(), time.process_time()
        figures += len(extract_metrics(text, published="2022-06-30").metrics)
        cpu_times.append(time.process_time() - cpu_start)
        times.append(time.perf_counter() - start)
    mean_chars = statistics.fmean(len(t) for t in texts)
    print(f"articles: {len(texts)}, mean length {mean_chars:.0f} characters, "
          f"{figures / len(texts):.1f} metrics per article")
    for label, values in (("wall", times), ("cpu", cpu_times)):
        mean_ms = statistics.fmean(values) * 1000
        p95_ms = sorted(values)[int(0.95 * (len(values) - 1))] * 1000
        print(f"{label}: mean {mean_ms:.3f} ms per article, p95 {p95_ms:.3f} ms; "
              f"per 5,000-character article {mean_ms * 5000 / mean_chars:.3f} ms "
              f"(goal < 2 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
