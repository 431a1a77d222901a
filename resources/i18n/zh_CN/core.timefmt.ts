<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>{count} day</source>
        <translation>{count} 天</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} 天</translation>
    </message>
    <message>
        <source>{count} h</source>
        <translation>{count} 小时</translation>
    </message>
    <message>
        <source>{count} min</source>
        <translation>{count} 分钟</translation>
    </message>
    <message>
        <source>{count} s</source>
        <translation>{count} 秒</translation>
    </message>
    <message>
        <source>{larger} {smaller}</source>
        <translation>{larger} {smaller}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>in {duration}</source>
        <translation>{duration}后</translation>
    </message>
    <message>
        <source>{duration} ago</source>
        <translation>{duration}前</translation>
    </message>
    <message>
        <source>{instant} (out of calendar range)</source>
        <translation>{instant}（超出日历范围）</translation>
    </message>
    <message>
        <source>{utc}, {relative}</source>
        <translation>{utc}，{relative}</translation>
    </message>
    <message>
        <source>{local} ({utc}), {relative}</source>
        <translation>{local}（{utc}），{relative}</translation>
    </message>
    <message>
        <source>Cannot read {text} as a time: use unix seconds, ISO 8601 such as 2026-11-28T19:00:00Z, or +30s / -2h relative to now.</source>
        <translation>无法将 {text} 识别为时间：请使用 Unix 时间戳（秒）、ISO 8601 格式（如 2026-11-28T19:00:00Z），或相对当前时间的 +30s / -2h。</translation>
    </message>
</context>
</TS>
