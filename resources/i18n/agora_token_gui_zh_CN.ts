<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
    <message>
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <source>App Certificate</source>
        <translation>App 证书</translation>
    </message>
    <message>
        <source>Up to 64 bytes of a-z A-Z 0-9 space and ! # $ % &amp; ( ) + - : ; &lt; = . &gt; ? @ [ ] ^ _ {{ }} | ~ , (longer or other characters still build, with a warning).</source>
        <translation>最长 64 字节，可用 a-z A-Z 0-9、空格以及 ! # $ % &amp; ( ) + - : ; &lt; = . &gt; ? @ [ ] ^ _ {{ }} | ~ ,（更长或含其他字符时仍可生成，但会给出警告）。</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>频道名</translation>
    </message>
    <message>
        <source>Numeric user id; 0 = any user may join with this token.</source>
        <translation>数字用户 ID；0 = 任意用户均可使用此 Token 加入。</translation>
    </message>
    <message>
        <source>User ID (uid)</source>
        <translation>用户 ID（uid）</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>用户账号（User Account）</translation>
    </message>
    <message>
        <source>String account (up to 255 bytes). &quot;0&quot; is an account named 0, not a wildcard.</source>
        <translation>字符串账号（最长 255 字节）。&quot;0&quot; 是名为 0 的账号，不是通配符。</translation>
    </message>
    <message>
        <source>Issue time</source>
        <translation>签发时间</translation>
    </message>
    <message>
        <source>When the token was issued (unix seconds). Leave empty for now; pin it to reproduce a token or to make one that is already expired or not yet valid.</source>
        <translation>Token 的签发时间（Unix 时间戳，秒）。留空表示当前时间；固定它可以复现某个 Token，或生成已过期、尚未生效的 Token。</translation>
    </message>
    <message>
        <source>Salt</source>
        <translation>Salt</translation>
    </message>
    <message>
        <source>Random number signed into the token. Leave empty for a random 1..99999999.</source>
        <translation>签入 Token 的随机数。留空则随机取 1..99999999。</translation>
    </message>
    <message>
        <source>Token expiry (ts)</source>
        <translation>Token 过期时间（ts）</translation>
    </message>
    <message>
        <source>Absolute time at which the token itself expires; the reference builders use now + 24 h.</source>
        <translation>Token 本身过期的绝对时间；参考实现使用当前时间 + 24 小时。</translation>
    </message>
    <message>
        <source>Generation time</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>When the key was generated (unix seconds). Leave empty for now.</source>
        <translation>Key 的生成时间（Unix 时间戳，秒）。留空表示当前时间。</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机数</translation>
    </message>
    <message>
        <source>Random number signed into the key. Leave empty for a random value.</source>
        <translation>签入 Key 的随机数。留空则取随机值。</translation>
    </message>
    <message>
        <source>Expiry time</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Absolute unix time at which the key expires; 0 = never (recommended for sharing and recording keys).</source>
        <translation>Key 过期的绝对 Unix 时间；0 = 永不过期（推荐用于分享和录制的 Key）。</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>主播（Publisher）</translation>
    </message>
    <message>
        <source>join the channel and publish audio, video and data</source>
        <translation>加入频道并发送音频、视频和数据</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>观众（Subscriber）</translation>
    </message>
    <message>
        <source>join the channel only</source>
        <translation>仅加入频道</translation>
    </message>
    <message>
        <source>join and publish audio, video and data</source>
        <translation>加入并发送音频、视频和数据</translation>
    </message>
    <message>
        <source>join only</source>
        <translation>仅加入</translation>
    </message>
    <message>
        <source>Attendee (deprecated)</source>
        <translation>参与者（Attendee，已弃用）</translation>
    </message>
    <message>
        <source>join and publish, like Publisher</source>
        <translation>加入并发流，与主播相同</translation>
    </message>
    <message>
        <source>Admin (deprecated)</source>
        <translation>管理员（Admin，已弃用）</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>参与者（Attendee）</translation>
    </message>
    <message>
        <source>join and publish (privileges 1-4, no expiry)</source>
        <translation>加入并发流（权限 1-4，永不过期）</translation>
    </message>
    <message>
        <source>join only (privilege 1, no expiry)</source>
        <translation>仅加入（权限 1，永不过期）</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员（Admin）</translation>
    </message>
    <message>
        <source>RTM user</source>
        <translation>RTM 用户</translation>
    </message>
    <message>
        <source>log in to RTM</source>
        <translation>登录 RTM</translation>
    </message>
    <message>
        <source>Agora&apos;s 007 builders treat any role but 1 as Subscriber (join only)</source>
        <translation>声网的 007 生成器会把 1 以外的任何角色当作观众（仅加入）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>What the user may do.</source>
        <translation>用户可以做什么。</translation>
    </message>
    <message>
        <source>Agora&apos;s 006 builders treat any role but 0, 1 and 101 as Subscriber (join only)</source>
        <translation>声网的 006 生成器会把 0、1、101 以外的任何角色当作观众（仅加入）</translation>
    </message>
    <message>
        <source>Token lifetime</source>
        <translation>Token 有效期</translation>
    </message>
    <message>
        <source>Seconds after the issue time until the token expires (Agora allows at most 24 h).</source>
        <translation>从签发时间起到 Token 过期的秒数（声网最多允许 24 小时）。</translation>
    </message>
    <message>
        <source>Privilege lifetime</source>
        <translation>权限有效期</translation>
    </message>
    <message>
        <source>Seconds after the issue time until the privileges lapse; 0 = no separate limit.</source>
        <translation>从签发时间起到权限失效的秒数；0 = 不单独限制。</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Seconds after the issue time until the token expires (at most 24 h).</source>
        <translation>从签发时间起到 Token 过期的秒数（最多 24 小时）。</translation>
    </message>
    <message>
        <source>Seconds after the issue time until this privilege lapses; 0 = no separate limit.</source>
        <translation>从签发时间起到此权限失效的秒数；0 = 不单独限制。</translation>
    </message>
    <message>
        <source>Join channel</source>
        <translation>加入频道</translation>
    </message>
    <message>
        <source>Publish audio</source>
        <translation>发布音频流</translation>
    </message>
    <message>
        <source>Publish video</source>
        <translation>发布视频流</translation>
    </message>
    <message>
        <source>Publish data stream</source>
        <translation>发布数据流</translation>
    </message>
    <message>
        <source>Access Key (AK)</source>
        <translation>Access Key（AK）</translation>
    </message>
    <message>
        <source>Secret Access Key (SK)</source>
        <translation>Secret Access Key（SK）</translation>
    </message>
    <message>
        <source>What the holder may do; lower numbers have more rights.</source>
        <translation>持有者可以做什么；数字越小权限越大。</translation>
    </message>
    <message>
        <source>everything, including managing rooms and tasks</source>
        <translation>全部权限，包括管理房间和任务</translation>
    </message>
    <message>
        <source>Writer</source>
        <translation>写入者（Writer）</translation>
    </message>
    <message>
        <source>read and write on the whiteboard</source>
        <translation>在白板上读写</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>读者（Reader）</translation>
    </message>
    <message>
        <source>watch only</source>
        <translation>仅观看</translation>
    </message>
    <message>
        <source>Lifespan</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Milliseconds (not seconds) until the token expires; 0 = never expires (not advised).</source>
        <translation>到 Token 过期的毫秒数（不是秒）；0 = 永不过期（不建议）。</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Any unique text signed into the token. Leave empty for a new random UUID.</source>
        <translation>签入 Token 的任意唯一文本。留空则使用新的随机 UUID。</translation>
    </message>
    <message>
        <source>Creation time (ms)</source>
        <translation>创建时间（毫秒）</translation>
    </message>
    <message>
        <source>The time the lifespan counts from, in milliseconds since 1970. Leave empty for now.</source>
        <translation>有效期的起算时间，自 1970 年起的毫秒数。留空表示当前时间。</translation>
    </message>
    <message>
        <source>Room UUID</source>
        <translation>房间 UUID</translation>
    </message>
    <message>
        <source>The room&apos;s UUID (32 hex digits).</source>
        <translation>房间的 UUID（32 位十六进制）。</translation>
    </message>
    <message>
        <source>Task UUID</source>
        <translation>任务 UUID</translation>
    </message>
    <message>
        <source>The file-conversion task&apos;s UUID (32 hex digits).</source>
        <translation>文档转换任务的 UUID（32 位十六进制）。</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Any list of services, each with its privileges (seconds after the issue time) and fields. Services of one type keep their order.</source>
        <translation>任意服务列表，每项服务带有其权限（从签发时间起的秒数）和字段。同类服务保持原有顺序。</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Which channels, groups and users this user may read or write, per resource type.</source>
        <translation>此用户可以读写哪些频道、群组和用户（按资源类型）。</translation>
    </message>
    <message>
        <source>Room role number (signed 16 bit); Agora&apos;s samples use 1. -1 means no role.</source>
        <translation>房间角色编号（有符号 16 位）；声网示例使用 1。-1 表示无角色。</translation>
    </message>
    <message>
        <source>{label}: room user</source>
        <translation>{label}：房间用户</translation>
    </message>
    <message>
        <source>A user in one room: APaaS roomUser, RTM login and Chat user (the Chat id is the MD5 of the user uuid).</source>
        <translation>某个房间中的用户：APaaS roomUser、RTM 登录和 Chat 用户（Chat ID 是用户 uuid 的 MD5）。</translation>
    </message>
    <message>
        <source>Room uuid</source>
        <translation>房间 uuid</translation>
    </message>
    <message>
        <source>The room&apos;s uuid.</source>
        <translation>房间的 uuid。</translation>
    </message>
    <message>
        <source>User uuid</source>
        <translation>用户 uuid</translation>
    </message>
    <message>
        <source>The user&apos;s uuid.</source>
        <translation>用户的 uuid。</translation>
    </message>
    <message>
        <source>{label}: user</source>
        <translation>{label}：用户</translation>
    </message>
    <message>
        <source>A user across rooms: APaaS user privilege.</source>
        <translation>跨房间的用户：APaaS 用户权限。</translation>
    </message>
    <message>
        <source>{label}: app</source>
        <translation>{label}：应用</translation>
    </message>
    <message>
        <source>An app-level token for server calls: APaaS app privilege.</source>
        <translation>用于服务端调用的应用级 Token：APaaS 应用权限。</translation>
    </message>
    <message>
        <source>Numeric user id; 0 = any user.</source>
        <translation>数字用户 ID；0 = 任意用户。</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>What the holder may upload in the channel.</source>
        <translation>持有者可以在频道中上传什么。</translation>
    </message>
    <message>
        <source>Audio and video upload</source>
        <translation>上传音视频</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>主播</translation>
    </message>
    <message>
        <source>No upload</source>
        <translation>不上传</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>观众</translation>
    </message>
    <message>
        <source>RTC by uid</source>
        <translation>RTC（uid）</translation>
    </message>
    <message>
        <source>Join an RTC channel with a numeric uid.</source>
        <translation>使用数字 uid 加入 RTC 频道。</translation>
    </message>
    <message>
        <source>RTC by account</source>
        <translation>RTC（User Account）</translation>
    </message>
    <message>
        <source>Join an RTC channel with a string user account.</source>
        <translation>使用字符串用户账号加入 RTC 频道。</translation>
    </message>
    <message>
        <source>RTC by uid, per-privilege expiry</source>
        <translation>RTC（uid，按权限设置有效期）</translation>
    </message>
    <message>
        <source>Join and publish rights, each with its own expiry (always all four privileges).</source>
        <translation>加入和发流权限，各自有单独的有效期（总是包含全部四项权限）。</translation>
    </message>
    <message>
        <source>RTC by account, per-privilege expiry</source>
        <translation>RTC（User Account，按权限设置有效期）</translation>
    </message>
    <message>
        <source>As by uid, with a string account.</source>
        <translation>与 uid 方式相同，但使用字符串账号。</translation>
    </message>
    <message>
        <source>RTC + RTM</source>
        <translation>RTC + RTM</translation>
    </message>
    <message>
        <source>RTC for the account plus RTM login for the same account (RTM lasts the token lifetime).</source>
        <translation>该账号的 RTC 权限，加上同一账号的 RTM 登录（RTM 有效期与 Token 相同）。</translation>
    </message>
    <message>
        <source>RTC + RTM with own user</source>
        <translation>RTC + RTM（单独的 RTM 用户）</translation>
    </message>
    <message>
        <source>RTC for one account plus RTM login for another user id with its own lifetime.</source>
        <translation>一个账号的 RTC 权限，加上另一个用户 ID 的 RTM 登录（有单独的有效期）。</translation>
    </message>
    <message>
        <source>RTC account</source>
        <translation>RTC 账号</translation>
    </message>
    <message>
        <source>RTC role</source>
        <translation>RTC 角色</translation>
    </message>
    <message>
        <source>Seconds until the token expires.</source>
        <translation>到 Token 过期的秒数。</translation>
    </message>
    <message>
        <source>RTM user id</source>
        <translation>RTM 用户 ID</translation>
    </message>
    <message>
        <source>The RTM user id (up to 64 bytes).</source>
        <translation>RTM 用户 ID（最长 64 字节）。</translation>
    </message>
    <message>
        <source>RTM lifetime</source>
        <translation>RTM 有效期</translation>
    </message>
    <message>
        <source>Seconds until RTM login lapses.</source>
        <translation>到 RTM 登录失效的秒数。</translation>
    </message>
    <message>
        <source>RTM</source>
        <translation>RTM</translation>
    </message>
    <message>
        <source>Log in to RTM as a user id.</source>
        <translation>以某个用户 ID 登录 RTM。</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>RTM user id (up to 64 bytes).</source>
        <translation>RTM 用户 ID（最长 64 字节）。</translation>
    </message>
    <message>
        <source>RTM2 with permissions</source>
        <translation>RTM2（带读写权限）</translation>
    </message>
    <message>
        <source>Log in to RTM 2 with read/write permissions on channels, groups and users.</source>
        <translation>登录 RTM 2，并带有对频道、群组和用户的读写权限。</translation>
    </message>
    <message>
        <source>Chat: user</source>
        <translation>Chat：用户</translation>
    </message>
    <message>
        <source>A Chat user token.</source>
        <translation>Chat 用户 Token。</translation>
    </message>
    <message>
        <source>The Chat user&apos;s uuid.</source>
        <translation>Chat 用户的 uuid。</translation>
    </message>
    <message>
        <source>Chat: app</source>
        <translation>Chat：应用</translation>
    </message>
    <message>
        <source>A Chat app token for server calls.</source>
        <translation>用于服务端调用的 Chat 应用 Token。</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>灵动课堂（Education）</translation>
    </message>
    <message>
        <source>APaaS</source>
        <translation>APaaS</translation>
    </message>
    <message>
        <source>FPA</source>
        <translation>FPA</translation>
    </message>
    <message>
        <source>Fast path acceleration login; lifetime fixed at 24 h, privilege 0 (no separate limit).</source>
        <translation>全链路加速（FPA）登录；有效期固定为 24 小时，权限为 0（不单独限制）。</translation>
    </message>
    <message>
        <source>Custom services</source>
        <translation>自定义服务</translation>
    </message>
    <message>
        <source>Build any service list by hand: every service type, privilege and field.</source>
        <translation>手动组合任意服务列表：每种服务类型、权限和字段。</translation>
    </message>
    <message>
        <source>Join an RTC channel with a numeric uid (AccessToken, older SDKs).</source>
        <translation>使用数字 uid 加入 RTC 频道（AccessToken，旧版 SDK）。</translation>
    </message>
    <message>
        <source>Privileges expire at</source>
        <translation>权限过期时间</translation>
    </message>
    <message>
        <source>Absolute unix time at which the privileges lapse; 0 = never.</source>
        <translation>权限失效的绝对 Unix 时间；0 = 永不。</translation>
    </message>
    <message>
        <source>Join an RTC channel with a string account (AccessToken, older SDKs).</source>
        <translation>使用字符串账号加入 RTC 频道（AccessToken，旧版 SDK）。</translation>
    </message>
    <message>
        <source>Log in to RTM 1.x (the account goes in the channel slot; privilege kRtmLogin).</source>
        <translation>登录 RTM 1.x（账号放在频道位置；权限 kRtmLogin）。</translation>
    </message>
    <message>
        <source>Accepted but unused by Agora.</source>
        <translation>声网接受但不使用。</translation>
    </message>
    <message>
        <source>Agora&apos;s 006 RTM builder signs the same login for any role</source>
        <translation>声网的 006 RTM 生成器对任何角色签出相同的登录权限</translation>
    </message>
    <message>
        <source>Login expires at</source>
        <translation>登录过期时间</translation>
    </message>
    <message>
        <source>Absolute unix time at which RTM login lapses; 0 = never.</source>
        <translation>RTM 登录失效的绝对 Unix 时间；0 = 永不。</translation>
    </message>
    <message>
        <source>SimpleTokenBuilder roles</source>
        <translation>SimpleTokenBuilder 角色</translation>
    </message>
    <message>
        <source>SimpleTokenBuilder&apos;s roles (numbered 1-4, unlike RtcTokenBuilder); privileges never expire (0).</source>
        <translation>SimpleTokenBuilder 的角色（编号 1-4，与 RtcTokenBuilder 不同）；权限永不过期（0）。</translation>
    </message>
    <message>
        <source>Simple builder role.</source>
        <translation>SimpleTokenBuilder 的角色。</translation>
    </message>
    <message>
        <source>Custom privileges</source>
        <translation>自定义权限</translation>
    </message>
    <message>
        <source>Hand-picked privileges, each with an absolute expiry (0 = never).</source>
        <translation>手动选择的权限，各自带绝对过期时间（0 = 永不）。</translation>
    </message>
    <message>
        <source>uid or account</source>
        <translation>uid 或账号</translation>
    </message>
    <message>
        <source>Written as text exactly as given: &quot;&quot; = any user, &quot;0&quot; is an account named 0.</source>
        <translation>按原样作为文本写入：&quot;&quot; = 任意用户，&quot;0&quot; 是名为 0 的账号。</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Privilege id -&gt; absolute unix time at which it lapses (0 = never).</source>
        <translation>权限 ID -&gt; 该权限失效的绝对 Unix 时间（0 = 永不）。</translation>
    </message>
    <message>
        <source>Media channel</source>
        <translation>媒体频道</translation>
    </message>
    <message>
        <source>Join a media channel (service type 1).</source>
        <translation>加入媒体频道（服务类型 1）。</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>录制</translation>
    </message>
    <message>
        <source>Server recording (service type 2).</source>
        <translation>服务端录制（服务类型 2）。</translation>
    </message>
    <message>
        <source>Public sharing</source>
        <translation>公开分享</translation>
    </message>
    <message>
        <source>Public sharing / CDN (service type 3).</source>
        <translation>公开分享 / CDN（服务类型 3）。</translation>
    </message>
    <message>
        <source>In-channel permission</source>
        <translation>频道内权限</translation>
    </message>
    <message>
        <source>Whether the holder may upload in the channel (service type 4; SDK 1.7.0+).</source>
        <translation>持有者能否在频道中上传（服务类型 4；SDK 1.7.0+）。</translation>
    </message>
    <message>
        <source>Join a media channel (service tag ACS).</source>
        <translation>加入媒体频道（服务标签 ACS）。</translation>
    </message>
    <message>
        <source>Server recording (service tag ARS).</source>
        <translation>服务端录制（服务标签 ARS）。</translation>
    </message>
    <message>
        <source>Public sharing (service tag APSS).</source>
        <translation>公开分享（服务标签 APSS）。</translation>
    </message>
    <message>
        <source>DynamicKey3</source>
        <translation>DynamicKey3</translation>
    </message>
    <message>
        <source>Prefix 003; uid and expiry visible in the key.</source>
        <translation>前缀 003；uid 和过期时间在 Key 中可见。</translation>
    </message>
    <message>
        <source>DynamicKey2</source>
        <translation>DynamicKey2</translation>
    </message>
    <message>
        <source>No prefix; same signature as DynamicKey3.</source>
        <translation>无前缀；签名方式与 DynamicKey3 相同。</translation>
    </message>
    <message>
        <source>DynamicKey (v1)</source>
        <translation>DynamicKey（v1）</translation>
    </message>
    <message>
        <source>The first dynamic key: channel only, no uid, no expiry.</source>
        <translation>最早的 Dynamic Key：只有频道，没有 uid，也没有过期时间。</translation>
    </message>
    <message>
        <source>Signaling token</source>
        <translation>信令 Token</translation>
    </message>
    <message>
        <source>The legacy signaling SDK&apos;s login token.</source>
        <translation>旧版信令 SDK 的登录 Token。</translation>
    </message>
    <message>
        <source>Absolute unix time at which login lapses.</source>
        <translation>登录失效的绝对 Unix 时间。</translation>
    </message>
    <message>
        <source>Whiteboard {title} token</source>
        <translation>白板 {title} Token</translation>
    </message>
    <message>
        <source>SDK</source>
        <translation>SDK</translation>
    </message>
    <message>
        <source>Project-wide rights: every room and task of the whiteboard project (server use).</source>
        <translation>项目级权限：白板项目的所有房间和任务（服务端使用）。</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>One whiteboard room, by its Room UUID (for clients).</source>
        <translation>一个白板房间，按其房间 UUID（供客户端使用）。</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>One file-conversion task, by its Task UUID.</source>
        <translation>一个文档转换任务，按其任务 UUID。</translation>
    </message>
    <message>
        <source>Stream key for OBS</source>
        <translation>OBS 推流密钥</translation>
    </message>
    <message>
        <source>A Media Gateway stream key for a custom ingest domain (RTMP/SRT from OBS), made locally: the channel, host uid and expiry, AES-encrypted under the App Certificate.</source>
        <translation>用于自定义推流域名（从 OBS 以 RTMP/SRT 推流）的媒体网关推流密钥，在本地生成：频道、主播 uid 和过期时间，用 App 证书进行 AES 加密。</translation>
    </message>
    <message>
        <source>The channel the stream is published to (the gateway allows up to 63 bytes).</source>
        <translation>推流发布到的频道（网关最多允许 63 字节）。</translation>
    </message>
    <message>
        <source>Host uid</source>
        <translation>主播 uid</translation>
    </message>
    <message>
        <source>The uid or user account the stream publishes as, as text (&quot;1001&quot;); &quot;&quot; or &quot;0&quot; lets the gateway pick one.</source>
        <translation>推流所用的 uid 或用户账号，以文本表示（&quot;1001&quot;）；&quot;&quot; 或 &quot;0&quot; 由网关自动分配。</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Seconds from now until the key expires (0 = the creation time; see the warning).</source>
        <translation>从现在起到 Key 过期的秒数（0 = 创建时间；见警告）。</translation>
    </message>
    <message>
        <source>Template id</source>
        <translation>模板 ID</translation>
    </message>
    <message>
        <source>Flow-configuration template id; empty = the default template.</source>
        <translation>流配置模板 ID；留空 = 默认模板。</translation>
    </message>
    <message>
        <source>IV</source>
        <translation>IV</translation>
    </message>
    <message>
        <source>16 bytes (32 hex digits) at the start of the key. Leave empty for random bytes.</source>
        <translation>Key 开头的 16 字节（32 位十六进制）。留空则使用随机字节。</translation>
    </message>
    <message>
        <source>Creation time</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>The time the expiry counts from (unix seconds). Leave empty for now.</source>
        <translation>过期时间的起算时间（Unix 时间戳，秒）。留空表示当前时间。</translation>
    </message>
    <message>
        <source>Current Agora SDKs, the kind Agora recommends; the oldest SDK per platform is in Agora&apos;s AccessToken2 upgrade guide</source>
        <translation>当前的声网 SDK，声网推荐的 Token 类型；各平台最早支持的 SDK 版本见声网的 AccessToken2 升级指南</translation>
    </message>
    <message>
        <source>uid 0 = any user may use the token</source>
        <translation>uid 0 = 任意用户均可使用此 Token</translation>
    </message>
    <message>
        <source>Agora SDK 2.1.0 or later</source>
        <translation>声网 SDK 2.1.0 或更高版本</translation>
    </message>
    <message>
        <source>Agora SDK 1.3.0 or later; in-channel permission (publishing) keys need 1.7.0 or later</source>
        <translation>声网 SDK 1.3.0 或更高版本；频道内权限（发流）Key 需要 1.7.0 或更高版本</translation>
    </message>
    <message>
        <source>uid 0 = any user may use the key</source>
        <translation>uid 0 = 任意用户均可使用此 Key</translation>
    </message>
    <message>
        <source>Agora SDK 1.3.0 or later</source>
        <translation>声网 SDK 1.3.0 或更高版本</translation>
    </message>
    <message>
        <source>Agora SDK 1.2.3 or later</source>
        <translation>声网 SDK 1.2.3 或更高版本</translation>
    </message>
    <message>
        <source>Agora SDKs before 1.2.3 (older than DynamicKey3)</source>
        <translation>1.2.3 之前的声网 SDK（早于 DynamicKey3）</translation>
    </message>
    <message>
        <source>uid 0 = any user</source>
        <translation>uid 0 = 任意用户</translation>
    </message>
    <message>
        <source>The first Agora SDKs (before DynamicKey2)</source>
        <translation>最早的声网 SDK（早于 DynamicKey2）</translation>
    </message>
    <message>
        <source>DynamicKey v1 carries no uid</source>
        <translation>DynamicKey v1 不包含 uid</translation>
    </message>
    <message>
        <source>The legacy Signaling SDK (replaced by RTM)</source>
        <translation>旧版信令 SDK（已由 RTM 取代）</translation>
    </message>
    <message>
        <source>no uid: a user account</source>
        <translation>没有 uid：使用用户账号</translation>
    </message>
    <message>
        <source>Signature valid: this App Certificate signed the token.</source>
        <translation>签名有效：此 Token 由该 App 证书签发。</translation>
    </message>
    <message>
        <source>Signature invalid: this App Certificate did not sign the token.</source>
        <translation>签名无效：此 Token 不是由该 App 证书签发的。</translation>
    </message>
    <message>
        <source>Signature valid: this Secret Access Key signed the token.</source>
        <translation>签名有效：此 Token 由该 Secret Access Key 签发。</translation>
    </message>
    <message>
        <source>Signature invalid: this Secret Access Key did not sign the token.</source>
        <translation>签名无效：此 Token 不是由该 Secret Access Key 签发的。</translation>
    </message>
    <message>
        <source>Never expires.</source>
        <translation>永不过期。</translation>
    </message>
    <message>
        <source>Expires in {duration}.</source>
        <translation>{duration}后过期。</translation>
    </message>
    <message>
        <source>Expires now.</source>
        <translation>现在过期。</translation>
    </message>
    <message>
        <source>Expired {duration} ago.</source>
        <translation>已于{duration}前过期。</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <source>{label}: {what}</source>
        <translation>{label}：{what}</translation>
    </message>
</context>
<context>
    <name>DecoderPane</name>
    <message>
        <source>{what} has {size:,} characters; the decoder reads at most {most:,} (16 KB; a token is a few hundred). Paste only the line that holds the token.</source>
        <translation>{what}共有 {size:,} 个字符；解析器最多读取 {most:,} 个（16 KB；一个 Token 只有几百个字符）。请只粘贴包含 Token 的那一行。</translation>
    </message>
    <message>
        <source>That text</source>
        <translation>这段文本</translation>
    </message>
    <message>
        <source>Paste or drop a token, dynamic key or a text file holding one; it is decoded as you type.</source>
        <translation>粘贴或拖入 Token、Dynamic Key 或包含它的文本文件；输入时即时解析。</translation>
    </message>
    <message>
        <source>Token to decode</source>
        <translation>要解析的 Token</translation>
    </message>
    <message>
        <source>Repairs made before decoding</source>
        <translation>解析前所做的修复</translation>
    </message>
    <message>
        <source>Decoder message</source>
        <translation>解析器消息</translation>
    </message>
    <message>
        <source>This side reads tokens: paste or drop one above to see who it is for, what it allows and until when, with its signature checked against the App Certificate. The other side makes them: pick a token kind, fill in the form and press Generate.</source>
        <translation>这一侧读取 Token：在上方粘贴或拖入一个 Token，即可看到它是给谁的、允许做什么、有效到何时，并用 App 证书校验签名。另一侧生成 Token：选择 Token 类型，填写表单并点击生成。</translation>
    </message>
    <message>
        <source>What the decoder does</source>
        <translation>解析器的作用</translation>
    </message>
    <message>
        <source>Decoded token details</source>
        <translation>解析出的 Token 详情</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Show the App Certificate</source>
        <translation>显示 App 证书</translation>
    </message>
    <message>
        <source>the channel the key was made for</source>
        <translation>生成该 Key 时使用的频道</translation>
    </message>
    <message>
        <source>Channel name for verification</source>
        <translation>用于校验的频道名</translation>
    </message>
    <message>
        <source>number; 0 = any user</source>
        <translation>数字；0 = 任意用户</translation>
    </message>
    <message>
        <source>User ID (uid) for verification</source>
        <translation>用于校验的用户 ID（uid）</translation>
    </message>
    <message>
        <source>string user account</source>
        <translation>字符串用户账号</translation>
    </message>
    <message>
        <source>User account for verification</source>
        <translation>用于校验的用户账号</translation>
    </message>
    <message>
        <source>Channel name:</source>
        <translation>频道名：</translation>
    </message>
    <message>
        <source>uid:</source>
        <translation>uid：</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Signature check result</source>
        <translation>签名校验结果</translation>
    </message>
    <message>
        <source>Signature check details</source>
        <translation>签名校验详情</translation>
    </message>
    <message>
        <source>Verify the signature</source>
        <translation>校验签名</translation>
    </message>
    <message>
        <source>Copy decoded JSON</source>
        <translation>复制解析结果 JSON</translation>
    </message>
    <message>
        <source>Copy the decoded token as JSON</source>
        <translation>将解析出的 Token 复制为 JSON</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Copied the decoded token as JSON.</source>
        <translation>已将解析出的 Token 复制为 JSON。</translation>
    </message>
    <message>
        <source>ℹ Repaired before decoding: {notes}</source>
        <translation>ℹ 解析前已修复：{notes}</translation>
    </message>
    <message>
        <source>Give the numeric uid (0 = any user) or the account, not both.</source>
        <translation>请填写数字 uid（0 = 任意用户）或账号，不要同时填写。</translation>
    </message>
    <message>
        <source>Give the string account or the numeric uid, not both.</source>
        <translation>请填写字符串账号或数字 uid，不要同时填写。</translation>
    </message>
    <message>
        <source>Secret Access Key:</source>
        <translation>Secret Access Key：</translation>
    </message>
    <message>
        <source>App Certificate:</source>
        <translation>App 证书：</translation>
    </message>
    <message>
        <source>the whiteboard project&apos;s SK (never saved)</source>
        <translation>白板项目的 SK（不会保存）</translation>
    </message>
    <message>
        <source>32 hex characters (the window&apos;s certificate is used)</source>
        <translation>32 位十六进制字符（默认使用窗口中的证书）</translation>
    </message>
    <message>
        <source>Secret Access Key for verification</source>
        <translation>用于校验的 Secret Access Key</translation>
    </message>
    <message>
        <source>App Certificate for verification</source>
        <translation>用于校验的 App 证书</translation>
    </message>
    <message>
        <source>Enter the Secret Access Key (SK) to check the signature.</source>
        <translation>请输入 Secret Access Key（SK）以校验签名。</translation>
    </message>
    <message>
        <source>Enter the App Certificate to check the signature.</source>
        <translation>请输入 App 证书以校验签名。</translation>
    </message>
    <message>
        <source>Give either the uid or the account, not both: the token holds only one.</source>
        <translation>uid 和账号只能填一个：Token 中只包含其中之一。</translation>
    </message>
    <message>
        <source>This token is for App ID {token}, but the certificate is the window&apos;s, for App ID {window}.</source>
        <translation>此 Token 属于 App ID {token}，但使用的是窗口中 App ID {window} 的证书。</translation>
    </message>
</context>
<context>
    <name>DiagnosePanel</name>
    <message>
        <source>Accepted: Agora should accept this token in this context.</source>
        <translation>通过：在此情境下声网应当接受此 Token。</translation>
    </message>
    <message>
        <source>Rejected: Agora would refuse this token in this context.</source>
        <translation>拒绝：在此情境下声网会拒绝此 Token。</translation>
    </message>
    <message>
        <source>Unknown: not enough context to tell; see the notes below.</source>
        <translation>未知：信息不足，无法判断；请见下方说明。</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>复制报告(&amp;R)</translation>
    </message>
    <message>
        <source>Copy a text for a support ticket: findings and decoded fields, without the App Certificate and with the signature shortened.</source>
        <translation>复制一段用于工单的文本：包含发现的问题和解析出的字段，不含 App 证书，签名已截短。</translation>
    </message>
    <message>
        <source>What the app used</source>
        <translation>应用使用的参数</translation>
    </message>
    <message>
        <source>App ID, certificate, channel, uid or account, action, time and error code to check the token against; taken from the window, change them to match the failing app</source>
        <translation>用于检查 Token 的 App ID、证书、频道、uid 或账号、操作、时间和错误码；取自窗口，可修改为出错应用实际使用的值</translation>
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
    <name>Form</name>
    <message>
        <source>Works with: {sdks}.</source>
        <translation>适用于：{sdks}。</translation>
    </message>
    <message>
        <source>Agora: {reference}.</source>
        <translation>声网 API：{reference}。</translation>
    </message>
    <message>
        <source>Privileges: same as token</source>
        <translation>权限：与 Token 相同</translation>
    </message>
    <message>
        <source>Make the privileges last as long as the token</source>
        <translation>使权限与 Token 同时到期</translation>
    </message>
    <message>
        <source>Set every privilege that ends before the token to end with it</source>
        <translation>将早于 Token 到期的每项权限改为与 Token 同时到期</translation>
    </message>
    <message>
        <source>{kind} form</source>
        <translation>{kind}表单</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Advanced: {pins}</source>
        <translation>高级：{pins}</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Pinned values; empty means now / random. Pin them to reproduce a token or to make one that is already expired or not yet valid.</source>
        <translation>固定的值；留空表示使用当前时间或随机值。固定这些值可以复现某个 Token，或生成已过期、尚未生效的 Token。</translation>
    </message>
    <message>
        <source>Left empty, these are filled in when you press Generate: times with now, salt and random numbers with a fresh random value (Agora&apos;s builders do the same). Fill them in to make exactly the same token again, or one that is already expired.</source>
        <translation>留空时，点击生成会自动填入：时间取当前时间，salt 和随机数取新的随机值（声网的生成器也是如此）。填写这些值可以再次生成完全相同的 Token，或生成已过期的 Token。</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Build the token (Ctrl+Enter); anything missing or wrong is marked first</source>
        <translation>生成 Token（Ctrl+Enter）；缺失或错误的内容会先标出</translation>
    </message>
</context>
<context>
    <name>GeneratorTab</name>
    <message>
        <source>Key kind</source>
        <translation>Key 类型</translation>
    </message>
    <message>
        <source>Which token to make: each kind is for one Agora product and one way of naming the user</source>
        <translation>要生成哪种 Token：每种类型对应一个声网产品和一种标识用户的方式</translation>
    </message>
    <message>
        <source>Token &amp;kind</source>
        <translation>Token 类型(&amp;K)</translation>
    </message>
    <message>
        <source>What this token is for</source>
        <translation>此 Token 的用途</translation>
    </message>
    <message>
        <source>Agora names and SDK versions</source>
        <translation>声网 API 名称和 SDK 版本</translation>
    </message>
    <message>
        <source>Numeric &amp;uid</source>
        <translation>数字 &amp;uid</translation>
    </message>
    <message>
        <source>Identify the user by numeric uid</source>
        <translation>用数字 uid 标识用户</translation>
    </message>
    <message>
        <source>String acc&amp;ount</source>
        <translation>字符串账号(&amp;O)</translation>
    </message>
    <message>
        <source>Identify the user by string account</source>
        <translation>用字符串账号（User Account）标识用户</translation>
    </message>
    <message>
        <source>User identified by:</source>
        <translation>用户标识方式：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Decoder</source>
        <translation>解析器</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Save profile…</source>
        <translation>保存配置…</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>Remember certificate in system keychain</source>
        <translation>在系统钥匙串中记住证书</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <source>32 hexadecimal characters</source>
        <translation>32 位十六进制字符</translation>
    </message>
    <message>
        <source>App Certificate</source>
        <translation>App 证书</translation>
    </message>
    <message>
        <source>32 hexadecimal characters; never saved to disk</source>
        <translation>32 位十六进制字符；不会保存到磁盘</translation>
    </message>
    <message>
        <source>Show or hide the App Certificate</source>
        <translation>显示或隐藏 App 证书</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>配置(&amp;P)</translation>
    </message>
    <message>
        <source>App &amp;ID</source>
        <translation>App ID(&amp;I)</translation>
    </message>
    <message>
        <source>App Cer&amp;tificate</source>
        <translation>App 证书(&amp;T)</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>（无配置）</translation>
    </message>
    <message>
        <source>The batch tab is not available in this build.</source>
        <translation>此版本不提供批量生成页面。</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Agora Console → Projects: the App ID of your project.</source>
        <translation>声网控制台 → 项目管理：你的项目的 App ID。</translation>
    </message>
    <message>
        <source>Same project → Configure: the Primary Certificate. Kept in memory only.</source>
        <translation>同一项目 → 配置：主要证书。仅保存在内存中。</translation>
    </message>
    <message>
        <source>&amp;Forget saved data…</source>
        <translation>清除已保存的数据(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Generate token</source>
        <translation>生成 Token(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>复制 Token(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as request &amp;JSON (no certificate)</source>
        <translation>复制为请求 &amp;JSON（不含证书）</translation>
    </message>
    <message>
        <source>Copy as command &amp;line</source>
        <translation>复制为命令行(&amp;L)</translation>
    </message>
    <message>
        <source>Copy as &amp;export AGORA_TOKEN=…</source>
        <translation>复制为 &amp;export AGORA_TOKEN=…</translation>
    </message>
    <message>
        <source>&amp;Inspect token in decoder</source>
        <translation>在解析器中查看 Token(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Decoder pane</source>
        <translation>解析器面板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Agora Token GUI</source>
        <translation>关于 Agora Token GUI(&amp;A)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Agora Token GUI</source>
        <translation>Agora Token GUI</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Copy &amp;as</source>
        <translation>复制为(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Colour scheme</source>
        <translation>配色方案(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>The translation file {path} is missing (run make translations).</source>
        <translation>缺少翻译文件 {path}（请运行 make translations）。</translation>
    </message>
    <message>
        <source>Profile {name} saved (App ID and its certificate in the keychain).</source>
        <translation>已保存配置 {name}（App ID，证书保存在钥匙串中）。</translation>
    </message>
    <message>
        <source>Profile {name} saved (App ID).</source>
        <translation>已保存配置 {name}（App ID）。</translation>
    </message>
    <message>
        <source>Profile {name} deleted.</source>
        <translation>已删除配置 {name}。</translation>
    </message>
    <message>
        <source>Settings forgotten; the keychain entries of {names} could not be deleted.</source>
        <translation>设置已清除；无法删除 {names} 的钥匙串条目。</translation>
    </message>
    <message>
        <source>Saved settings, profiles and keychain entries forgotten.</source>
        <translation>已清除保存的设置、配置和钥匙串条目。</translation>
    </message>
    <message>
        <source>Token generated ({count} characters).</source>
        <translation>已生成 Token（{count} 个字符）。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Hide certificate</source>
        <translation>隐藏证书</translation>
    </message>
    <message>
        <source>Show certificate</source>
        <translation>显示证书</translation>
    </message>
    <message>
        <source>Open a generator tab to generate a token.</source>
        <translation>请先打开一个生成页面再生成 Token。</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>请先修正标出的字段。</translation>
    </message>
    <message>
        <source>Nothing to copy yet: generate a token first.</source>
        <translation>还没有可复制的内容：请先生成 Token。</translation>
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
    <name>OutputPanel</name>
    <message>
        <source>Never expires.</source>
        <translation>永不过期。</translation>
    </message>
    <message>
        <source>{expiry} ({where}).</source>
        <translation>{expiry}（{where}）。</translation>
    </message>
    <message>
        <source>channel {name}</source>
        <translation>频道 {name}</translation>
    </message>
    <message>
        <source>0 (any user)</source>
        <translation>0（任意用户）</translation>
    </message>
    <message>
        <source>user {user}</source>
        <translation>用户 {user}</translation>
    </message>
    <message>
        <source>Generated token</source>
        <translation>生成的 Token</translation>
    </message>
    <message>
        <source>What the token was made for</source>
        <translation>该 Token 的生成依据</translation>
    </message>
    <message>
        <source>The token appears here after Generate.</source>
        <translation>点击生成后，Token 显示在这里。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>复制 Token</translation>
    </message>
    <message>
        <source>Copy the token (Ctrl+Shift+C)</source>
        <translation>复制 Token（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Copy as</source>
        <translation>复制为</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Request JSON (without certificate)</source>
        <translation>请求 JSON（不含证书）</translation>
    </message>
    <message>
        <source>agora-token command line</source>
        <translation>agora-token 命令行</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>解析</translation>
    </message>
    <message>
        <source>Inspect the token in the decoder pane</source>
        <translation>在解析器面板中查看 Token</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} 个字符</translation>
    </message>
    <message>
        <source>Built with {pins}.</source>
        <translation>生成时使用 {pins}。</translation>
    </message>
    <message>
        <source>Out of date: made for {request}; the form has changed since. Generate again, or undo the change.</source>
        <translation>已过时：此 Token 按 {request} 生成，表单之后已更改。请重新生成，或撤销更改。</translation>
    </message>
    <message>
        <source>Token copied ({count} characters).</source>
        <translation>已复制 Token（{count} 个字符）。</translation>
    </message>
    <message>
        <source>Nothing to copy yet: generate a token first.</source>
        <translation>还没有可复制的内容：请先生成 Token。</translation>
    </message>
    <message>
        <source>Request JSON copied (without the certificate).</source>
        <translation>已复制请求 JSON（不含证书）。</translation>
    </message>
    <message>
        <source>Command line copied; set AGORA_APP_CERTIFICATE before running it.</source>
        <translation>已复制命令行；运行前请设置 AGORA_APP_CERTIFICATE。</translation>
    </message>
    <message>
        <source>export AGORA_TOKEN=… line copied.</source>
        <translation>已复制 export AGORA_TOKEN=… 这一行。</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Whiteboard</source>
        <translation>互动白板</translation>
    </message>
    <message>
        <source>Stream key for OBS</source>
        <translation>OBS 推流密钥</translation>
    </message>
    <message>
        <source>ConvoAI agent</source>
        <translation>对话式 AI 智能体</translation>
    </message>
    <message>
        <source>REST credentials</source>
        <translation>RESTful API 凭证</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>媒体流加密密钥</translation>
    </message>
    <message>
        <source>Interactive Whiteboard tokens</source>
        <translation>互动白板 Token</translation>
    </message>
    <message>
        <source>Media Gateway stream key and OBS server URL</source>
        <translation>媒体网关推流密钥和 OBS 服务器地址</translation>
    </message>
    <message>
        <source>Conversational AI agent RTC+RTM token</source>
        <translation>对话式 AI 智能体的 RTC+RTM Token</translation>
    </message>
    <message>
        <source>HTTP Basic header for Agora&apos;s RESTful APIs</source>
        <translation>声网 RESTful API 的 HTTP Basic 认证头</translation>
    </message>
    <message>
        <source>Media stream encryption key and salt</source>
        <translation>媒体流加密的密钥和盐</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批量生成</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Token server</source>
        <translation>Token 服务器</translation>
    </message>
    <message>
        <source>Signaling</source>
        <translation>信令</translation>
    </message>
    <message>
        <source>Interactive Whiteboard</source>
        <translation>互动白板</translation>
    </message>
    <message>
        <source>Media Gateway</source>
        <translation>媒体网关</translation>
    </message>
    <message>
        <source>{group}: {kinds}</source>
        <translation>{group}：{kinds}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Generate many tokens at once, as CSV</source>
        <translation>一次生成多个 Token，可导出为 CSV</translation>
    </message>
    <message>
        <source>Tokens generated in this session</source>
        <translation>本次会话中生成的 Token</translation>
    </message>
    <message>
        <source>A local token server for test builds</source>
        <translation>供测试版本使用的本地 Token 服务器</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Legacy keys</source>
        <translation>旧版 Key</translation>
    </message>
    <message>
        <source>More products</source>
        <translation>更多产品</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
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
    <name>Sidebar</name>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Choose what to do: a key type to generate, or a tool.</source>
        <translation>选择要做的事：生成某种 Key，或使用工具。</translation>
    </message>
    <message>
        <source>{section} (section)</source>
        <translation>{section}（分组）</translation>
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
    <name>TokenTree</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>原始值</translation>
    </message>
    <message>
        <source>Decoded token fields</source>
        <translation>解析出的 Token 字段</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>{status}: {text}</source>
        <translation>{status}：{text}</translation>
    </message>
    <message>
        <source>Raw value: {raw}</source>
        <translation>原始值：{raw}</translation>
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
<context>
    <name>_TokenInput</name>
    <message>
        <source>Could not read {name}: {why}.</source>
        <translation>无法读取 {name}：{why}。</translation>
    </message>
    <message>
        <source>{name} is larger than 16 KB; drop a text file that holds one token.</source>
        <translation>{name} 大于 16 KB；请拖入只包含一个 Token 的文本文件。</translation>
    </message>
</context>
</TS>
