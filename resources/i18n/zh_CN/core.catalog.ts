<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
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
        <source>AccessToken2 (low level)</source>
        <translation>AccessToken2（底层接口）</translation>
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
        <source>AccessToken (low level)</source>
        <translation>AccessToken（底层接口）</translation>
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
        <source>Media Gateway quickstart: Generate streaming key locally (Node.js sample)</source>
        <translation>媒体网关快速入门：在本地生成推流密钥（Node.js 示例）</translation>
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
</context>
</TS>
