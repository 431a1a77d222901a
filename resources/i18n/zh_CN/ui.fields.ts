<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChoiceField</name>
    <message>
        <source>{label}: {what}</source>
        <translation>{label}：{what}</translation>
    </message>
</context>
<context>
    <name>DurationField</name>
    <message>
        <source>empty = {value}</source>
        <translation>留空 = {value}</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>{duration} → expires {ends}</source>
        <translation>{duration} → 过期时间 {ends}</translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <source>{label}: {what}</source>
        <translation>{label}：{what}</translation>
    </message>
</context>
<context>
    <name>MillisecondsField</name>
    <message>
        <source>empty = now</source>
        <translation>留空 = 当前时间</translation>
    </message>
    <message>
        <source>0 = never expires</source>
        <translation>0 = 永不过期</translation>
    </message>
    <message>
        <source>= {duration} (milliseconds)</source>
        <translation>= {duration}（毫秒）</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>empty = random</source>
        <translation>留空 = 随机</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>pick a random value</source>
        <translation>取一个随机值</translation>
    </message>
    <message>
        <source>Pin a fresh random value to reproduce this token later.</source>
        <translation>固定一个新的随机值，以便之后复现此 Token。</translation>
    </message>
    <message>
        <source>empty = {value}</source>
        <translation>留空 = {value}</translation>
    </message>
</context>
<context>
    <name>PinnedTextField</name>
    <message>
        <source>empty = a new random UUID</source>
        <translation>留空 = 新的随机 UUID</translation>
    </message>
    <message>
        <source>empty = random bytes</source>
        <translation>留空 = 随机字节</translation>
    </message>
    <message>
        <source>empty = automatic</source>
        <translation>留空 = 自动</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <source>empty = &quot;&quot;</source>
        <translation>留空 = &quot;&quot;</translation>
    </message>
</context>
<context>
    <name>TimestampField</name>
    <message>
        <source>Type unix seconds, an ISO 8601 time such as 2026-11-28T19:00:00Z, or +30m / -2h relative to now.</source>
        <translation>输入 Unix 时间戳（秒）、ISO 8601 时间（如 2026-11-28T19:00:00Z），或相对当前时间的 +30m / -2h。</translation>
    </message>
    <message>
        <source>empty = now</source>
        <translation>留空 = 当前时间</translation>
    </message>
    <message>
        <source>empty = now + 24 h</source>
        <translation>留空 = 当前时间 + 24 小时</translation>
    </message>
    <message>
        <source>unix seconds</source>
        <translation>Unix 时间戳（秒）</translation>
    </message>
    <message>
        <source>Set 0</source>
        <translation>设为 0</translation>
    </message>
    <message>
        <source>Set to {when}</source>
        <translation>设为{when}</translation>
    </message>
    <message>
        <source>1 h ago</source>
        <translation>1 小时前</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>In 1 h</source>
        <translation>1 小时后</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>Empty: the time you click Generate.</source>
        <translation>留空：点击生成时的时间。</translation>
    </message>
    <message>
        <source>Empty: 24 h after you click Generate.</source>
        <translation>留空：点击生成 24 小时后。</translation>
    </message>
</context>
<context>
    <name>UidField</name>
    <message>
        <source>0 = any user</source>
        <translation>0 = 任意用户</translation>
    </message>
    <message>
        <source>0 = any user may join</source>
        <translation>0 = 任意用户均可加入</translation>
    </message>
</context>
<context>
    <name>ZeroMeaning</name>
    <message>
        <source>any user</source>
        <translation>任意用户</translation>
    </message>
    <message>
        <source>any user may join with this token</source>
        <translation>任意用户均可使用此 Token 加入</translation>
    </message>
    <message>
        <source>any user may use the key</source>
        <translation>任意用户均可使用此 Key</translation>
    </message>
    <message>
        <source>any user may use the token</source>
        <translation>任意用户均可使用此 Token</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>no separate limit</source>
        <translation>不单独限制</translation>
    </message>
    <message>
        <source>the creation time</source>
        <translation>创建时间</translation>
    </message>
</context>
</TS>
